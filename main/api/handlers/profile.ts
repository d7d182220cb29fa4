import { ApiError } from '../../../shared/api/errors';
import { WENGYUAN } from '../../../shared/domain/code-lists';
import { checkProfile } from '../../../shared/domain/profile';
import { hasProfile, readProfile, saveProfile } from '../../db/profile';
import { seedDemo } from '../../demo/seed-demo';
import type { HandlerMap } from '../dispatch';

export const profileHandlers: Pick<HandlerMap, 'profile.get' | 'profile.save' | 'demo.seed'> = {
  'profile.get': (_input, { db }) => ({
    profile: readProfile(db),
    saved: hasProfile(db),
    emptyLedger: (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n === 0,
  }),
  'profile.save': (input, { db, actor }) => {
    const checked = checkProfile(input);
    if (!checked.ok) {
      throw new ApiError('profile.invalid', checked.errors.map((e) => e.message).join('；'), { errors: checked.errors });
    }
    return saveProfile(db, actor, checked.profile);
  },
  'demo.seed': ({ households }, { db, actor }) => {
    const town = readProfile(db).town;
    const demoTown = town !== null && (WENGYUAN.towns as readonly string[]).includes(town) ? town : '龙仙镇';
    const result = seedDemo(db, { households, seed: 1, town: demoTown }, actor, 'edit');
    return { ...result, town: demoTown };
  },
};
