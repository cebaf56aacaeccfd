import type { NoticeFormState } from "@/app/_actions/calendar";

/** Every problem the checks found, each on its line. */
export function NoticeErrors({ state }: { state: NoticeFormState }) {
  const errors = state && !state.ok ? state.errors ?? [] : [];
  if (errors.length < 2) return null;
  return (
    <ul className="list-disc pl-6 text-[#7f1d1d]">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}
