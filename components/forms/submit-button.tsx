"use client";
// A form's submit button: disabled and saying "Saving…" while the action runs.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";

export function SubmitButton({
  pending,
  children,
  pendingLabel,
  variant = "primary",
  size,
  disabled,
  className,
  title,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  disabled?: boolean;
  className?: string;
  title?: string;
}) {
  const t = useTranslations("forms");
  return (
    <Button
      type="submit"
      variant={variant}
      size={size}
      disabled={pending || disabled}
      className={className}
      title={title}
    >
      {pending ? (pendingLabel ?? t("saving")) : children}
    </Button>
  );
}
