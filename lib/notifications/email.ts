// The email that goes with a notification: its title as the subject, its text, a link back to the
// page it is about, and why the collector is getting it. Pure, so it is the same on every instance.

export type NotificationEmail = { subject: string; text: string };

export function notificationEmail(
  notification: { title: string; body: string; href: string },
  site: string,
): NotificationEmail {
  const link = `${site.replace(/\/+$/, "")}/${notification.href.replace(/^\/+/, "")}`;
  return {
    subject: notification.title,
    text: `${notification.body}\n\n${link}\n\nYou get this email because of your activity on Moskvitch Market.`,
  };
}
