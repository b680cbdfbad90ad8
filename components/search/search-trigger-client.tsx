'use client';

import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';

interface PaletteProps {
  onClose: () => void;
}

// The palette (and the search engine with it) is loaded on first open, so pages that never search do
// not ship it. The trigger itself is a button and a key listener.
export function SearchTrigger() {
  const [Palette, setPalette] = useState<ComponentType<PaletteProps> | null>(null);
  const [open, setOpen] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);

  const openPalette = useCallback(async () => {
    if (!Palette) {
      const loaded = await import('./search-palette-client');
      setPalette(() => loaded.SearchPalette);
    }
    setOpen(true);
  }, [Palette]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        void openPalette();
      }
    };
    window.addEventListener('keydown', onKey);
    // Says the shortcut works from now on (before hydration the key does nothing); tests wait for it.
    link.current?.setAttribute('data-shortcut-ready', '');
    return () => window.removeEventListener('keydown', onKey);
  }, [openPalette]);

  return (
    <>
      {/* A link to the search page, so search works before and without JavaScript; with it, the
          palette opens in place. */}
      <a
        ref={link}
        href="/search"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          void openPalette();
        }}
        className="flex items-center gap-2 rounded border border-border px-3 py-1 text-sm text-fg-muted no-underline hover:text-fg"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <span>Search</span>
        <kbd className="rounded border border-border px-1 text-xs">Ctrl K</kbd>
      </a>
      {open && Palette ? <Palette onClose={() => setOpen(false)} /> : null}
    </>
  );
}
