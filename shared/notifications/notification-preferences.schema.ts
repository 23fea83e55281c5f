import { z } from 'zod';
import { NOTIFICATION_TYPES, type NotificationType } from './notification.schema.ts';

/** Where a person wants one type of notification: in the app and by email, in the app only, or nowhere. */
export const CHANNELS = ['email', 'in_app', 'off'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * Messages a person cannot turn off, because they answer something the person did or is owed:
 * the decision on their application. Cognito's own mail (sign-up and password-reset codes) never
 * goes through these preferences at all. The team's invitations and removals, when they land,
 * belong here too.
 */
export const TRANSACTIONAL_TYPES: ReadonlySet<NotificationType> = new Set<NotificationType>([
  'application_approved',
  'application_rejected',
  'team_removed',
]);

/** Every type is emailed (when the notification has an address) until the person says otherwise. */
export const DEFAULT_CHANNEL: Channel = 'email';

export type Preferences = Partial<Record<NotificationType, Channel>>;

/** The channel one type goes by for this person: a transactional type is always emailed. */
export function channelFor(preferences: Preferences, type: NotificationType): Channel {
  if (TRANSACTIONAL_TYPES.has(type)) return 'email';
  return preferences[type] ?? DEFAULT_CHANNEL;
}

export const NotificationPreferenceSchema = z
  .object({
    type: z.enum(NOTIFICATION_TYPES),
    channel: ChannelSchema,
    /** True when the type cannot be turned off (its channel is always `email`). */
    transactional: z.boolean(),
  })
  .meta({ id: 'NotificationPreference' });

export const NotificationPreferencesSchema = z
  .object({ preferences: z.array(NotificationPreferenceSchema) })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** `PUT /api/me/notification-preferences`: the types to change and their channel; others stay. */
export const UpdateNotificationPreferencesSchema = z
  .strictObject({
    preferences: z
      .partialRecord(z.enum(NOTIFICATION_TYPES), ChannelSchema)
      .refine((value) => Object.keys(value).length > 0, 'Name at least one type'),
  })
  .meta({ id: 'UpdateNotificationPreferences' });
export type UpdateNotificationPreferencesInput = z.infer<typeof UpdateNotificationPreferencesSchema>;

/** Every type with this person's channel for it, in the order of NOTIFICATION_TYPES. */
export function preferenceList(preferences: Preferences): NotificationPreferences {
  return {
    preferences: NOTIFICATION_TYPES.map((type) => ({
      type,
      channel: channelFor(preferences, type),
      transactional: TRANSACTIONAL_TYPES.has(type),
    })),
  };
}
