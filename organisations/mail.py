"""Mail to an organisation's members: staff's review of its profile (published, or sent back
with staff's reason), and what the other side of an accepted introduction or meeting wrote.
Each member reads it in their own language (common.mail), links included, whoever took the
step; it goes once the step commits, and a mail server that is down is logged, never turned
into an error for whoever took it."""

from common.mail import mail_link, mail_send_after_commit, mail_to_each
from organisations.models import Organisation
from organisations.selectors import organisation_member_addresses


def organisation_members_mail(*, organisation: Organisation, template: str, context: dict) -> None:
    """Mail the organisation's members, once the transaction commits, <template>_subject.txt
    and <template>.txt. Each gets their own mail from the site's address, so no one's address
    is disclosed: they answer in the app."""
    mail_send_after_commit(
        lambda: mail_to_each(
            users=organisation_member_addresses(organisation=organisation),
            template=template,
            context=context,
        ),
        what=f"the {template} mail",
    )


def organisation_review_notify(*, organisation: Organisation, published: bool) -> None:
    """Tell the members that staff published the profile, or what staff want changed."""
    template, page = (
        ("profile_published", "organisations:detail")
        if published
        else ("profile_rejected", "organisations:manage")
    )
    organisation_members_mail(
        organisation=organisation,
        template=f"organisations/email/{template}",
        context={"organisation": organisation, "link": mail_link(page, args=[organisation.pk])},
    )
