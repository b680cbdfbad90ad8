// One inject artifact drawn like the tool it comes from: logs, CI output, registry screens and
// code in monospace under their host and time; a chat as a thread; an email under its header
// block; an alert with its severity in words and colour. Text only, each card under a heading.
// Injects are secret until revealed: this card belongs to the facilitator console and the
// participant view, never to a public page.
import type { ReactNode } from 'react';
import { alertSeverity, chatMessages, emailView, type AlertSeverity } from '@/lib/exercise/artifact-view';
import type { Artifact, ArtifactKind } from '@/lib/exercise/scenario-schema';

const KIND_LABEL: Record<ArtifactKind, string> = {
  log: 'Log',
  alert: 'Alert',
  chat: 'Chat',
  email: 'Email',
  registry: 'Model registry',
  ci: 'CI pipeline',
  ticket: 'Ticket',
  dashboard: 'Dashboard',
  document: 'Document',
  code: 'Code',
};

const SEVERITY_STYLE: Record<AlertSeverity, string> = {
  critical: 'border-l-red-700 dark:border-l-red-400',
  high: 'border-l-orange-700 dark:border-l-orange-400',
  warning: 'border-l-amber-600 dark:border-l-amber-300',
  info: 'border-l-sky-700 dark:border-l-sky-300',
  unknown: 'border-l-border',
};

const SEVERITY_BADGE: Record<AlertSeverity, string> = {
  critical: 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-300',
  high: 'border-orange-700 text-orange-800 dark:border-orange-400 dark:text-orange-300',
  warning: 'border-amber-700 text-amber-800 dark:border-amber-300 dark:text-amber-200',
  info: 'border-sky-700 text-sky-800 dark:border-sky-300 dark:text-sky-200',
  unknown: 'border-border text-fg-muted',
};

function Monospace({ text, label }: { text: string; label: string }) {
  // Focusable so keyboard users can scroll long lines sideways.
  return (
    <pre tabIndex={0} aria-label={label} className="overflow-x-auto bg-bg-muted px-3 py-2 font-mono text-xs leading-relaxed">
      <code>{text.trimEnd()}</code>
    </pre>
  );
}

function ChatThread({ body, label }: { body: string; label: string }) {
  const messages = chatMessages(body);
  if (!messages) return <Monospace text={body} label={label} />;
  return (
    <ol className="space-y-2 px-3 py-2" aria-label={label}>
      {messages.map((m, i) => (
        <li key={i} className="rounded-lg bg-bg-muted px-3 py-2">
          <p className="text-xs">
            <span className="font-semibold">{m.author}</span>
            {m.time ? <span className="ml-2 text-fg-muted">{m.time}</span> : null}
          </p>
          <p className="mt-0.5 whitespace-pre-wrap text-sm">{m.text}</p>
        </li>
      ))}
    </ol>
  );
}

function Email({ body }: { body: string }) {
  const view = emailView(body);
  return (
    <div>
      {view.headers.length > 0 ? (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 border-b border-border bg-bg-muted px-3 py-2 text-xs">
          {view.headers.map((h, i) => (
            <div key={i} className="contents">
              <dt className="font-semibold text-fg-muted">{h.name}:</dt>
              <dd className="break-words">{h.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className="whitespace-pre-wrap px-3 py-2 text-sm">{view.body}</p>
    </div>
  );
}

export function ArtifactCard({ artifact, headingLevel = 3 }: { artifact: Artifact; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const kind = KIND_LABEL[artifact.kind];
  const severity = artifact.kind === 'alert' ? alertSeverity(artifact) : undefined;
  const label = `${kind}: ${artifact.title}`;

  let body: ReactNode;
  if (artifact.kind === 'chat') body = <ChatThread body={artifact.body} label={label} />;
  else if (artifact.kind === 'email') body = <Email body={artifact.body} />;
  else if (artifact.kind === 'ticket' || artifact.kind === 'document') body = <p className="whitespace-pre-wrap px-3 py-2 text-sm">{artifact.body.trimEnd()}</p>;
  else body = <Monospace text={artifact.body} label={label} />;

  return (
    <article className={`overflow-hidden rounded border border-border ${severity ? `border-l-4 ${SEVERITY_STYLE[severity]}` : ''}`}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-border px-3 py-2">
        <Heading className="text-sm font-semibold">
          <span className="mr-2 text-xs font-normal uppercase tracking-wide text-fg-muted">{kind}</span>
          {artifact.title}
        </Heading>
        {severity && severity !== 'unknown' ? (
          <span className={`rounded border px-1.5 py-0.5 text-xs font-semibold uppercase ${SEVERITY_BADGE[severity]}`}>
            <span className="sr-only">Severity: </span>
            {severity}
          </span>
        ) : null}
        {artifact.source || artifact.timestamp ? (
          <p className="ml-auto font-mono text-xs text-fg-muted">
            {artifact.source ? <span>{artifact.source}</span> : null}
            {artifact.source && artifact.timestamp ? ' · ' : null}
            {artifact.timestamp ? <span>{artifact.timestamp}</span> : null}
          </p>
        ) : null}
      </header>
      {body}
    </article>
  );
}
