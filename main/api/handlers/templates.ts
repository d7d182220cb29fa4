import { readProfile } from '../../db/profile';
import { blankTemplateWorkbook } from '../../io/blank-template';
import type { HandlerMap } from '../dispatch';

export const templateHandlers: Pick<HandlerMap, 'templates.blank'> = {
  'templates.blank': async ({ kind }, { db }) => {
    const file = await blankTemplateWorkbook(kind, readProfile(db).town);
    return { fileName: file.fileName, contentBase64: file.bytes.toString('base64') };
  },
};
