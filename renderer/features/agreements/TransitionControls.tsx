import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { TRANSITION_ACTION_LABELS } from '../../../shared/agreementStatus';
import type { AgreementDetail } from '../../../shared/schemas/agreement';
import { TransitionDialog, type TransitionTarget } from './TransitionDialog';

/** The status buttons: exactly the transitions the API allows from the current status. */
export function TransitionControls({ agreement }: { agreement: AgreementDetail }) {
  const [target, setTarget] = useState<TransitionTarget | null>(null);
  const options = agreement.allowedTransitions;
  return (
    <section aria-label="Status wijzigen">
      {options.length === 0 ? (
        <Text size="sm" c="dimmed">
          Deze afspraak is afgesloten; de status verandert niet meer.
        </Text>
      ) : (
        <Group gap="xs">
          {options.map((to) => (
            <Button
              key={to}
              size="sm"
              variant={to === 'vervallen' || to === 'concept' ? 'outline' : 'filled'}
              color={to === 'vervallen' ? 'red.8' : undefined}
              onClick={() =>
                setTarget({
                  id: agreement.id,
                  title: agreement.title,
                  from: agreement.status,
                  to,
                  dekkingGranted: agreement.dekking.granted,
                })
              }
              data-transition={to}
            >
              {TRANSITION_ACTION_LABELS[to]}
            </Button>
          ))}
        </Group>
      )}
      <TransitionDialog target={target} onClose={() => setTarget(null)} />
    </section>
  );
}
