import { FormModal } from '../../components/FormModal';
import { useNavigate } from 'react-router';
import { regionFields } from '../../../shared/schemas/region';
import { useMutation } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { emptyRegion, RegionFields } from './RegionFields';
import { regionTitle } from '../../../shared/withNoun';

/** "Nieuwe regio": creates the region, which becomes the current one. */
export function RegionFormModal(props: { opened: boolean; onClose: () => void }) {
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title="Nieuwe regio">
      <NewRegionForm onDone={props.onClose} />
    </FormModal>
  );
}

export function NewRegionForm(props: {
  onDone?: () => void;
  /** Runs first (e.g. saving the user's name); false stops the submit. */
  beforeSubmit?: () => Promise<boolean>;
}) {
  const form = useSchemaForm(regionFields, emptyRegion, 'concept:nieuwe-regio');
  const mutate = useMutation();
  const navigate = useNavigate();

  const submit = async () => {
    const input = form.validate();
    if (!input) return;
    if (props.beforeSubmit && !(await props.beforeSubmit())) return;
    try {
      const region = await mutate('regions.create', input);
      form.reset(emptyRegion);
      notifySaved(`${regionTitle(region.name)} is aangemaakt.`);
      props.onDone?.();
      navigate('/overzicht');
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Regio aanmaken">
      <RegionFields values={form.values} errors={form.errors} set={form.set} autoFocus />
    </DraftForm>
  );
}
