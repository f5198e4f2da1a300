import { Alert, Button, Group, Modal } from '@mantine/core';
import { useNavigate } from 'react-router';
import { regionFields } from '../../../shared/schemas/region';
import { useMutation } from '../../app/data';
import { notifySaved } from '../../components/feedback';
import { useZodForm } from '../../components/useZodForm';
import { emptyRegion, RegionFields } from './RegionFields';

/** "Nieuwe regio": creates the region and switches to it. */
export function RegionFormModal(props: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Nieuwe regio" size="lg">
      {props.opened && <NewRegionForm onDone={props.onClose} />}
    </Modal>
  );
}

export function NewRegionForm({ onDone }: { onDone?: () => void }) {
  const form = useZodForm(regionFields, emptyRegion, 'concept:nieuwe-regio');
  const mutate = useMutation();
  const navigate = useNavigate();

  const submit = async () => {
    const input = form.validate();
    if (!input) return;
    try {
      const region = await mutate('regions.create', input);
      await mutate('settings.update', { currentRegionId: region.id });
      form.reset(emptyRegion);
      notifySaved(`Regio ${region.name} is aangemaakt.`);
      onDone?.();
      navigate('/overzicht');
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {form.formError && (
        <Alert color="red" mb="md" role="alert">
          {form.formError}
        </Alert>
      )}
      <RegionFields values={form.values} errors={form.errors} set={form.set} autoFocus />
      <Group justify="flex-end" mt="lg">
        {onDone && (
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
        )}
        <Button type="submit">Regio aanmaken</Button>
      </Group>
    </form>
  );
}
