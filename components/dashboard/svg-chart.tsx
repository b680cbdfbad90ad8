// A server-rendered SVG chart from lib/dashboard: built from escaped data with no script, so this is
// the one place a dashboard component sets HTML (as the report page does for its charts).
export function SvgChart({ svg, label }: { svg: string; label: string }) {
  return <figure aria-label={label} className="mt-3 overflow-x-auto" dangerouslySetInnerHTML={{ __html: svg }} />;
}
