'use client';

import type { ReactNode } from 'react';
import {
  Dialog as RACDialog,
  DialogTrigger as RACDialogTrigger,
  Heading,
  Modal,
  ModalOverlay,
  type DialogTriggerProps,
  type ModalOverlayProps,
} from 'react-aria-components';
import { Button } from './button';
import { CloseIcon } from './icons';

/** Wraps the Button that opens a Dialog and the Dialog itself. */
export function DialogTrigger(props: DialogTriggerProps) {
  return <RACDialogTrigger {...props} />;
}

export interface DialogProps extends Omit<ModalOverlayProps, 'children' | 'className'> {
  /** The dialog's visible heading, which also names it for screen readers. Required. */
  heading: string;
  /** The content; a function gets `close` for buttons such as "Save and close". */
  children: ReactNode | ((opts: { close: () => void }) => ReactNode);
  /** Words on the close button. */
  closeLabel?: string;
}

/**
 * A modal dialog with a heading and a Close button. Put it inside a DialogTrigger after the Button that
 * opens it: Escape and Close shut it and return focus to that button. Clicking outside closes it too,
 * unless `isDismissable={false}`.
 */
export function Dialog({ heading, children, closeLabel = 'Close', isDismissable = true, ...props }: DialogProps) {
  return (
    <ModalOverlay
      {...props}
      isDismissable={isDismissable}
      className="fixed inset-0 z-50 flex items-center justify-center bg-ink/60 p-4"
    >
      <Modal className="max-h-full w-full max-w-lg overflow-auto rounded-lg border-2 border-ink bg-paper shadow-xl forced-colors:border-[CanvasText]">
        <RACDialog className="p-5 outline-none sm:p-6">
          {({ close }) => (
            <>
              {/* Close sits on its own row so a long heading keeps the full width on a phone. */}
              <div className="-mt-1 -mr-1 flex justify-end sm:-mt-2 sm:-mr-2">
                <Button variant="secondary" onPress={close} className="px-3">
                  <CloseIcon className="size-5" />
                  {closeLabel}
                </Button>
              </div>
              <Heading slot="title" className="mt-2 text-2xl leading-tight font-bold">
                {heading}
              </Heading>
              <div className="mt-4">{typeof children === 'function' ? children({ close }) : children}</div>
            </>
          )}
        </RACDialog>
      </Modal>
    </ModalOverlay>
  );
}
