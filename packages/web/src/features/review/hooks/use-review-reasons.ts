// The reason codes of review comments and the grades (优/良/中/差).
import { useQuery } from '@tanstack/react-query';
import { reviewApi } from '../api/review-api.ts';

export function useReviewReasons() {
  return useQuery({ queryKey: ['review-reasons'], queryFn: reviewApi.reasons, staleTime: Infinity });
}
