import {
  createTheme,
  defaultVariantColorsResolver,
  Modal,
  Notification,
  Select,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's handling of an explicit shade (`color="blue.9"`) breaks contrast: `subtle` caps the
 * text at shade 6 (red.8 renders as red.6, 3.1:1) and `light` paints the shade as a solid
 * background under light text (unreadable). Here the shade is the text colour, on a pale tint.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if ((input.variant !== 'subtle' && input.variant !== 'light') || !input.color) return colors;
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined) return colors;
  const text = `var(--mantine-color-${parsed.color}-${parsed.shade})`;
  if (input.variant === 'subtle') return { ...colors, color: text };
  return {
    ...colors,
    background: `var(--mantine-color-${parsed.color}-0)`,
    hover: `var(--mantine-color-${parsed.color}-1)`,
    color: text,
  };
};

/** Colours chosen for WCAG AA contrast on white (buttons, badges, dimmed text). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'md',
  focusRing: 'always',
  // Honour the user's 'reduce motion' setting (also makes dialogs appear without a fade).
  respectReducedMotion: true,
  headings: { fontWeight: '650' },
  variantColorResolver,
  components: {
    // The dialog's close button (an icon) needs a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Sluiten' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Melding sluiten' } },
    }),
    // A searchable Select opens on focus with its current option highlighted: Enter there keeps
    // the value (it would clear it otherwise). Clearing is the field's × (clearable).
    Select: Select.extend({ defaultProps: { allowDeselect: false } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Field errors (text, and the placeholder of a field in error): red.6 is only 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
