import type { Artifact } from '@/lib/exercise/scenario-schema';
import { ArtifactCard } from './artifact-card';

interface InjectCardProps {
  inject: { id: string; clock: string; title: string; narrative: string; artifacts: Artifact[]; questions: { text: string; role?: string }[] };
  roleNames?: Record<string, string>;
  current?: boolean;
}

/** One revealed inject: narrative as text paragraphs, artifacts as cards, discussion questions. */
export function InjectCard({ inject, roleNames = {}, current = false }: InjectCardProps) {
  return (
    <article aria-labelledby={`inject-${inject.id}`} data-inject={inject.id} className={`rounded border p-4 ${current ? 'border-accent' : 'border-border'}`}>
      <p className="font-mono text-sm text-fg-muted">{inject.clock}</p>
      <h2 id={`inject-${inject.id}`} className="text-xl font-semibold">
        {inject.title}
      </h2>
      {inject.narrative.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="mt-2 whitespace-pre-line">
          {paragraph}
        </p>
      ))}
      {inject.artifacts.length > 0 ? (
        <div className="mt-4 grid gap-3">
          {inject.artifacts.map((artifact, i) => (
            <ArtifactCard key={i} artifact={artifact} headingLevel={3} />
          ))}
        </div>
      ) : null}
      <h3 className="mt-4 font-semibold">Discuss</h3>
      <ul className="mt-1 list-disc pl-6">
        {inject.questions.map((q, i) => (
          <li key={i}>
            {q.role ? <strong>{roleNames[q.role] ?? q.role}: </strong> : null}
            {q.text}
          </li>
        ))}
      </ul>
    </article>
  );
}
