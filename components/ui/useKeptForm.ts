"use client";
// A form driven by a server action that keeps what the user typed when the action fails.
// React resets a <form action={…}> after every submission, successful or not; submitting
// from onSubmit instead leaves the fields alone, and only a success starts a fresh form
// (its `key` changes), so that the next entry starts blank.
import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import type { ActionFailure } from "@/app/_lib/action-result";

type State = { ok: true } | ActionFailure | null;

export function useKeptForm<S extends State>(action: (previous: Awaited<S>, formData: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, initial);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (state?.ok) setGeneration((n) => n + 1);
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return { state, pending, onSubmit, formKey: generation };
}
