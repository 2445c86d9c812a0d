import { CaseKind, CaseStatus } from '@hub/contracts';
import { Channel } from '../cases/case.enums';
import {
  NOTIFICATION_DISPOSITION_MAX,
  completionApplies,
  completionMessageWanted,
  dispositionForCouncil,
  dispositionForMessage,
  referringCouncilOffice,
} from './completion.rules';

describe('closing the loop', () => {
  it('a completion reaches the reporter unless the reporter withdrew the case', () => {
    for (const status of [CaseStatus.ROUTED, CaseStatus.CLOSED, CaseStatus.IN_PROGRESS, null]) {
      expect(completionApplies(status)).toBe(true);
    }
    expect(completionApplies(CaseStatus.WITHDRAWN)).toBe(false);
  });

  it('compliments and suggestions get the completion message only when the reporter asked', () => {
    for (const kind of [CaseKind.COMPLIMENT, CaseKind.SUGGESTION]) {
      expect(completionMessageWanted(kind, { wantsContact: false })).toBe(false);
      expect(completionMessageWanted(kind, { wantsContact: true })).toBe(true);
    }
    expect(completionMessageWanted(CaseKind.SERVICE_REQUEST, { wantsContact: false })).toBe(true);
    expect(completionMessageWanted(CaseKind.STAFF_COMPLAINT, { wantsContact: false })).toBe(true);
  });

  it('only a case that came through a council office names one to notify', () => {
    expect(
      referringCouncilOffice({ channel: Channel.COUNCIL_OFFICE, councilOffice: 'Ward 3' }),
    ).toBe('Ward 3');
    expect(referringCouncilOffice({ channel: Channel.PHONE, councilOffice: null })).toBeNull();
  });

  it('a disposition longer than the message contract allows is cut with an ellipsis, in characters', () => {
    expect(dispositionForMessage('  Pothole filled.  ')).toBe('Pothole filled.');
    const long = 'Đường đã được sửa. '.repeat(400);
    const cut = dispositionForMessage(long);
    // At most the contract's length; a space before the ellipsis is trimmed away.
    expect([...cut].length).toBeLessThanOrEqual(NOTIFICATION_DISPOSITION_MAX);
    expect([...cut].length).toBeGreaterThanOrEqual(NOTIFICATION_DISPOSITION_MAX - 2);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    const emoji = '🚧'.repeat(NOTIFICATION_DISPOSITION_MAX);
    expect(dispositionForMessage(emoji)).toBe(emoji);
  });

  it("a council office reads an office's closure text only when that office lets the council read it", () => {
    const text = 'Your complaint was reviewed; action was taken.';
    expect(dispositionForCouncil({ disposition: text })).toBe(text);
    expect(dispositionForCouncil({ disposition: text, readers: null })).toBe(text);
    expect(dispositionForCouncil({ disposition: text, readers: ['hr', 'agent'] })).toBeNull();
    expect(dispositionForCouncil({ disposition: text, readers: ['audit', 'council'] })).toBe(text);
  });
});
