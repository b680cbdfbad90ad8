import { describe, expect, it } from 'vitest';
import { alertSeverity, chatMessages, emailView } from './artifact-view';

describe('emailView', () => {
  it('separates the header block from the message', () => {
    const view = emailView('From: Aoife Brennan <a.brennan@kestrelcard.ie>\nTo: fraud-ml@kestrelcard.ie\nSubject: v41 sign-off\n\nHi all,\n\nSee below.\n');
    expect(view).toEqual({
      headers: [
        { name: 'From', value: 'Aoife Brennan <a.brennan@kestrelcard.ie>' },
        { name: 'To', value: 'fraud-ml@kestrelcard.ie' },
        { name: 'Subject', value: 'v41 sign-off' },
      ],
      body: 'Hi all,\n\nSee below.',
    });
  });

  it('leaves a body without a header block whole', () => {
    expect(emailView('Hi all,\nFrom: the top')).toEqual({ headers: [], body: 'Hi all,\nFrom: the top' });
    expect(emailView('From: a\nnot a header\n')).toEqual({ headers: [], body: 'From: a\nnot a header' });
  });
});

describe('chatMessages', () => {
  it('reads time, author and text, and keeps continuation lines with their message', () => {
    expect(chatMessages('09:14 dana.okafor: PSI on mcc5816 is 0.31\n  psi=0.31 window=7d\n[09:16] @raj: expected after v41')).toEqual([
      { time: '09:14', author: 'dana.okafor', text: 'PSI on mcc5816 is 0.31\n  psi=0.31 window=7d' },
      { time: '09:16', author: '@raj', text: 'expected after v41' },
    ]);
  });

  it('returns undefined when the body is not a thread', () => {
    expect(chatMessages('2026-10-05T08:41:07Z INFO scored txn')).toBeUndefined();
  });
});

describe('alertSeverity', () => {
  it('reads declared severities and shorthands', () => {
    expect(alertSeverity({ title: 'Drift', body: 'severity: warning\nsegment=mcc5816' })).toBe('warning');
    expect(alertSeverity({ title: '[FIRING] P1 fraud loss', body: '' })).toBe('critical');
    expect(alertSeverity({ title: 'x', body: 'labels: {severity="critical"}' })).toBe('critical');
    expect(alertSeverity({ title: 'SEV-2 partner API', body: '' })).toBe('high');
    expect(alertSeverity({ title: 'x', body: 'no level given' })).toBe('unknown');
  });
});
