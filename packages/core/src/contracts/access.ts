// Who can call: the roles, and the password rule the auth and user routes share.
export const roles = ['filler', 'reviewer', 'finance', 'admin'] as const;
export type Role = (typeof roles)[number];

export const passwordRule = { min: 10, max: 200 } as const;
