import type { ComponentChildren, RefObject } from 'preact';

/**
 * A form that stays on the page: Enter or its submit button calls `onSubmit` instead of the
 * browser's page load. With `noValidate` the API does the checking, and the fields show its messages.
 */
export function SubmitForm({
  onSubmit,
  formRef,
  class: className,
  noValidate,
  children,
}: {
  onSubmit: () => void;
  formRef?: RefObject<HTMLFormElement | null>;
  class: string;
  noValidate?: boolean;
  children: ComponentChildren;
}) {
  return (
    <form
      ref={formRef}
      class={className}
      noValidate={noValidate}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
