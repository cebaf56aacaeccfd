"use client";
import { ErrorState } from "@/components/ui/ErrorState";

export default function PublicError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorState retry={retry} />;
}
