import { describe, expect, it } from 'vitest';
import { planSurfaceOf } from '../../../lib/linkedin/plan-signals';

describe('the product a LinkedIn page belongs to', () => {
  it('is Sales Navigator for its pages and requests, Recruiter for /talent/', () => {
    expect(planSurfaceOf('https://www.linkedin.com/sales/home')).toBe('sales-navigator');
    expect(planSurfaceOf('https://www.linkedin.com/sales/lead/ACwAAB,NAME_SEARCH,x')).toBe('sales-navigator');
    expect(planSurfaceOf('https://linkedin.com/sales-api/salesApiProfiles/(profileId:x)')).toBe(
      'sales-navigator',
    );
    expect(planSurfaceOf('https://www.linkedin.com/TALENT/hire/123/discover/recruiterSearch')).toBe(
      'recruiter',
    );
  });

  it('is nothing for other pages, look-alike paths and other sites', () => {
    expect(planSurfaceOf('https://www.linkedin.com/feed/')).toBeUndefined();
    expect(planSurfaceOf('https://www.linkedin.com/in/sales/')).toBeUndefined();
    expect(planSurfaceOf('https://www.linkedin.com/salesforce/')).toBeUndefined();
    expect(planSurfaceOf('https://www.linkedin.com/talent')).toBeUndefined();
    expect(planSurfaceOf('https://evil.example/sales/home')).toBeUndefined();
    expect(planSurfaceOf('not a url')).toBeUndefined();
  });
});
