'use server';

import { adminAction } from '@/lib/actions';
import { ZUpdateMunicipalitySettingsSchema } from '@/lib/settings/schemas';
import { updateMunicipalitySettings } from '@/lib/settings/settings';

export const updateMunicipalitySettingsAction = adminAction(ZUpdateMunicipalitySettingsSchema, async (data, { user, request }) => updateMunicipalitySettings(data, { actor: user, request }));
