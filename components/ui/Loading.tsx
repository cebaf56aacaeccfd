export function Loading({ label = "正在加载…" }: { label?: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}
