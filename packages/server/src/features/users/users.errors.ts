// Error codes of account administration.
import { defineErrors } from '../../http/errors.ts';

export const userError = defineErrors({
  'user-not-found': [404, '用户不存在'],
  'username-taken': [409, '用户名已被使用'],
  'org-not-found': [400, '所属组织不存在'],
  'cannot-demote-self': [409, '不能停用自己的账号或更改自己的角色，请由另一位管理员操作'],
});
