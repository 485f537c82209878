// A generated disclosure (signed in), a published one (public), and the published list.
import { useQuery } from '@tanstack/react-query';
import { disclosureApi } from '../api/disclosure-api.ts';

export function useDisclosure(orgId: string | null, year: number) {
  return useQuery({
    queryKey: ['disclosure', orgId, year],
    queryFn: () => disclosureApi.get(orgId!, year),
    enabled: Boolean(orgId),
    retry: false,
  });
}

export function usePublicDisclosure(orgId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['public-disclosure', orgId, year],
    queryFn: () => disclosureApi.publicOne(orgId!, year),
    enabled: Boolean(orgId),
    retry: false,
  });
}

export function usePublishedDisclosures() {
  return useQuery({ queryKey: ['public-disclosures'], queryFn: disclosureApi.published });
}
