"use client";
// A form driven by a server action that keeps what the user typed when the action fails.
// React resets a <form action={…}> after every submission, successful or not; submitting
// from onSubmit instead leaves the fields alone, and only a success starts a fresh form
// (its `key` changes), so that the next entry starts blank.
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionFailure } from "@/app/_lib/action-result";

type State = { ok: true } | ActionFailure | null;

/** The action's answer and how many successes there were: each success is a new blank form. */
interface Kept<S> {
  state: S;
  generation: number;
}

export function useKeptForm<S extends State>(action: (previous: S, formData: FormData) => Promise<S>, initial: S) {
  const [kept, dispatch, pending] = useActionState<Kept<S>, FormData>(
    async (previous, formData) => {
      const state = await action(previous.state, formData);
      return { state, generation: state?.ok ? previous.generation + 1 : previous.generation };
    },
    { state: initial, generation: 0 },
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // the button pressed, when it has a name, is part of what is sent (as without JavaScript)
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement && submitter.name ? submitter : null);
    startTransition(() => dispatch(formData));
  }

  return { state: kept.state, pending, onSubmit, formKey: kept.generation };
}
