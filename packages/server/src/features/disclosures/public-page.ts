// The public page of a publication (GET /api/public/disclosures/:orgId/:year) as bytes: rendered once from
// the publication when it is published and stored beside it (budget_publication_pages), then sent as it
// is. Only the department's name is read live, so it is spliced in front of the stored fields.
import { publishedDisclosure } from '@jixiao/core/contracts';
import type { DisclosureContent } from './disclosures.service.ts';
import type { PublicationRow } from './disclosures.repo.ts';

/**
 * The page's JSON object text without `orgName`: the publication through the route's contract (dates as
 * ISO text, fields the contract does not declare left out — the findings are for finance, not the public),
 * exactly what the route's serialiser would answer.
 */
export function renderPublicationPage(p: PublicationRow): string {
  const content = p.content as DisclosureContent;
  const { orgName: _live, ...fixed } = publishedDisclosure.encode({
    orgId: p.orgId,
    orgName: '',
    year: p.year,
    status: 'published',
    version: p.version,
    publishedAt: p.publishedAt,
    budgetVersion: p.budgetVersion,
    disclosure: content.disclosure,
    forms: content.forms,
  });
  return JSON.stringify(fixed);
}

/** The answer sent: the department's current name, then the stored fields (a JSON object's text). */
export function publicPageBytes(orgName: string, body: string): Buffer {
  if (!body.startsWith('{') || body === '{}')
    throw new Error('a stored public page is a non-empty JSON object');
  return Buffer.from(`{"orgName":${JSON.stringify(orgName)},${body.slice(1)}`);
}
