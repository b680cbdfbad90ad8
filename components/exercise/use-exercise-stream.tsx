'use client';

import { useEffect, useRef, useState } from 'react';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'removed';

/**
 * The exercise's live stream from `afterSeq`. EventSource reconnects by itself and sends the last
 * event id it saw, so the server resumes after it and nothing is missed.
 */
export function useExerciseStream(exerciseId: string, afterSeq: number, handlers: { onEvent: (data: unknown) => void; onPresence?: (data: unknown) => void }): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const startSeq = useRef(afterSeq);
  useEffect(() => {
    const source = new EventSource(`/api/exercises/${exerciseId}/stream?after=${startSeq.current}`);
    source.onopen = () => setStatus('live');
    source.onerror = () => setStatus((s) => (s === 'removed' ? s : 'reconnecting'));
    source.addEventListener('exercise', (message) => latest.current.onEvent(JSON.parse(message.data)));
    source.addEventListener('presence', (message) => latest.current.onPresence?.(JSON.parse(message.data)));
    source.addEventListener('removed', () => {
      setStatus('removed');
      source.close();
    });
    return () => source.close();
  }, [exerciseId]);
  return status;
}

export function StreamStatusBadge({ status }: { status: StreamStatus }) {
  const text = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Connection lost — reconnecting…', removed: 'You were removed from this exercise' }[status];
  return (
    <p role="status" data-stream-status={status} className={`rounded px-2 py-1 text-sm ${status === 'live' ? 'text-fg-muted' : 'border border-amber-600 font-medium'}`}>
      {text}
    </p>
  );
}
