import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';

const compose = {
  method: 'GET',
  url: 'https://www.linkedin.com/voyager/api/voyagerMessagingDashComposeOptions/urn:li:fsd_composeOption:(ACoAAJohnRoe0002,NON_SELF_PROFILE_VIEW,EMPTY_CONTEXT_ENTITY_URN)',
  status: 200,
  responseBody: JSON.stringify({
    data: {
      composeOptionType: 'PREMIUM_INMAIL',
      composeNavigationContext: { recipientUrns: ['urn:li:fsd_profile:ACoAAJohnRoe0002'], paidInMail: true },
    },
  }),
};

describe('classifier revision', () => {
  it('changes when the learned state changes and only then', () => {
    const c = createClassifier({ now: () => 1_000 });
    const r0 = c.revision();
    c.observe({ method: 'GET', url: 'https://www.linkedin.com/voyager/api/feed/updates', status: 200 });
    c.observe({ method: 'GET', url: 'https://www.linkedin.com/voyager/api/me', status: 500 });
    expect(c.revision()).toBe(r0);
    c.observe(compose);
    const r1 = c.revision();
    expect(r1).not.toBe(r0);
    expect(c.snapshot().compose.map(([k]) => k)).toContain('ACoAAJohnRoe0002');
  });
});
