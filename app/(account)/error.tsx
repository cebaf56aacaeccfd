"use client";
import { ErrorState } from "@/components/ui/ErrorState";

export default function AccountError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorState retry={retry} />;
}
