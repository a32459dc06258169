import type { I18n } from './i18n';
import type { MessageKey } from './messages/en';
import { en } from './messages/en';

const isKey = (key: string): key is MessageKey => key in en;

/** A dataset's short label for chips ("OFAC", "UN"); a dataset without one shows its name. */
export function datasetShort(t: I18n['t'], dataset: string): string {
  const key = `dataset.short.${dataset}`;
  return isKey(key) ? t(key) : dataset;
}

/** The dataset as a phrase for descriptions ("the UN Security Council list"). */
export function datasetName(t: I18n['t'], dataset: string): string {
  const key = `dataset.name.${dataset}`;
  return isKey(key) ? t(key) : dataset;
}
