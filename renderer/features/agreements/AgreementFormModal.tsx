import { Modal } from '@mantine/core';
import { useNavigate } from 'react-router';
import { AgreementForm } from './AgreementForm';

/** "Nieuwe afspraak" (opened by ?nieuw=1): on save, straight to the new agreement. */
export function AgreementFormModal(props: {
  opened: boolean;
  onClose: () => void;
  regionId: string;
}) {
  const navigate = useNavigate();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Nieuwe afspraak" size="xl">
      {props.opened && (
        <AgreementForm
          mode={{ kind: 'create', regionId: props.regionId }}
          onDone={(id) => {
            props.onClose();
            if (id) navigate(`/afspraken/${id}`);
          }}
        />
      )}
    </Modal>
  );
}
