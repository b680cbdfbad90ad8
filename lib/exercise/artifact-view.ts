// Reading an artifact's verbatim body the way its tool would show it: an email's header block,
// a chat thread's messages, an alert's severity. Pure, so the card component stays a thin view.
import type { Artifact } from './scenario-schema';

export interface EmailView {
  headers: Array<{ name: string; value: string }>;
  body: string;
}

const EMAIL_HEADER = /^(From|To|Cc|Bcc|Reply-To|Date|Subject|Attachments?):[ \t]*(.*)$/i;

/** Leading `Name: value` header lines up to the first blank line, when they look like an email. */
export function emailView(body: string): EmailView {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const headers: EmailView['headers'] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const match = EMAIL_HEADER.exec(lines[i] ?? '');
    if (!match) break;
    headers.push({ name: match[1] ?? '', value: match[2] ?? '' });
  }
  const blank = i < lines.length && (lines[i] ?? '').trim() === '';
  if (headers.length === 0 || (!blank && i < lines.length)) return { headers: [], body: body.trimEnd() };
  return { headers, body: lines.slice(i + 1).join('\n').trimEnd() };
}

export interface ChatMessage {
  time?: string;
  author: string;
  text: string;
}

// `09:14 dana.okafor: text` or `[09:14] dana.okafor: text`; lines that do not start a message
// continue the one before (a pasted log line, a second paragraph).
const CHAT_LINE = /^\[?(\d{1,2}:\d{2}(?::\d{2})?)\]?\s+(@?[\w.\-' ]{1,40}?):\s+(.*)$/;

/** The messages of a chat thread, or undefined when the body is not written as one. */
export function chatMessages(body: string): ChatMessage[] | undefined {
  const messages: ChatMessage[] = [];
  for (const line of body.replace(/\r\n/g, '\n').split('\n')) {
    const match = CHAT_LINE.exec(line);
    const last = messages[messages.length - 1];
    if (match) messages.push({ time: match[1], author: match[2] ?? '', text: match[3] ?? '' });
    else if (last) last.text = line.trim() === '' ? `${last.text}\n` : `${last.text}\n${line}`;
    else if (line.trim() !== '') return undefined;
  }
  for (const m of messages) m.text = m.text.trimEnd();
  return messages.length > 0 ? messages : undefined;
}

export type AlertSeverity = 'critical' | 'high' | 'warning' | 'info' | 'unknown';

const SEVERITY_WORDS: Record<string, AlertSeverity> = {
  critical: 'critical', crit: 'critical', p1: 'critical', sev1: 'critical', emergency: 'critical', page: 'critical',
  high: 'high', error: 'high', major: 'high', p2: 'high', sev2: 'high',
  warning: 'warning', warn: 'warning', medium: 'warning', moderate: 'warning', p3: 'warning', sev3: 'warning',
  low: 'info', info: 'info', minor: 'info', notice: 'info', p4: 'info', sev4: 'info',
};

/** The severity an alert declares (`severity: critical`, `severity=warning`, `P2`, `SEV-1`). */
export function alertSeverity(artifact: Pick<Artifact, 'title' | 'body'>): AlertSeverity {
  const text = `${artifact.title}\n${artifact.body}`;
  const declared = /\bseverity\s*[:=]\s*"?([A-Za-z0-9-]+)/i.exec(text)?.[1];
  const shorthand = /\b(P[1-4]|SEV-?[1-4])\b/.exec(text)?.[1];
  const word = (declared ?? shorthand ?? '').toLowerCase().replace('-', '');
  return SEVERITY_WORDS[word] ?? 'unknown';
}
