import datetime

import factory
from django.contrib.auth import get_user_model

from alerts.models import DeadlineReminderStop, SavedSearch
from introductions.models import IntroductionRequest
from opportunities.models import (
    Opportunity,
    OpportunityInterest,
    OpportunityKind,
    OpportunityStatus,
)
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Membership,
    Organisation,
    OrganisationKind,
    Project,
    ProjectParticipation,
    PublicationStatus,
    Sector,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("correct-horse-battery")


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"sector-{n}")
    name = factory.Sequence(lambda n: f"Sector {n}")
    name_ko = factory.Sequence(lambda n: f"분야 {n}")


class CapabilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Capability
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"capability-{n}")
    name = factory.Sequence(lambda n: f"Capability {n}")
    name_ko = factory.Sequence(lambda n: f"역량 {n}")
    sector = factory.SubFactory(SectorFactory)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Organisation {n}")
    country = "GB"
    kind = OrganisationKind.SME
    city = "London"
    description = "Builds things."
    status = PublicationStatus.PUBLISHED

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)

    @factory.post_generation
    def offers(self, create, extracted, **kwargs):
        if create and extracted:
            self.offers.set(extracted)

    @factory.post_generation
    def seeks(self, create, extracted, **kwargs):
        if create and extracted:
            self.seeks.set(extracted)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.OWNER


class ConsortiumMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsortiumMembership

    consortium = factory.SubFactory(
        OrganisationFactory, kind=OrganisationKind.CONSORTIUM, country="KR"
    )
    member = factory.SubFactory(OrganisationFactory, country="KR")
    role = ConsortiumMembership.Role.MEMBER


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Project {n}")
    year = 2020
    programme = "Horizon 2020"

    @factory.post_generation
    def participants(self, create, extracted, **kwargs):
        if create and extracted:
            for organisation in extracted:
                ProjectParticipation.objects.create(project=self, organisation=organisation)


class OpportunityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opportunity
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Opportunity {n}")
    kind = OpportunityKind.RD_CALL
    country = "KR"
    summary = "A joint call."
    status = OpportunityStatus.PUBLISHED
    opens_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=10))
    deadline = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)

    @factory.post_generation
    def required_capabilities(self, create, extracted, **kwargs):
        if create and extracted:
            self.required_capabilities.set(extracted)

    @factory.post_generation
    def hosts(self, create, extracted, **kwargs):
        if create and extracted:
            self.hosts.set(extracted)


class IntroductionRequestFactory(factory.django.DjangoModelFactory):
    """A request already in the state asked for; the services' own tests create theirs the
    real way, with the audit trail."""

    class Meta:
        model = IntroductionRequest

    requester_organisation = factory.SubFactory(OrganisationFactory, country="GB")
    requested_organisation = factory.SubFactory(OrganisationFactory, country="KR")
    requested_by = factory.SubFactory(UserFactory)
    message = "We make computer vision for ports and propose a joint pilot."
    seeking = "A Korean partner with Open RAN testbeds."


class OpportunityInterestFactory(factory.django.DjangoModelFactory):
    """An organisation interested in an open opportunity, not looking for partners."""

    class Meta:
        model = OpportunityInterest

    opportunity = factory.SubFactory(OpportunityFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    looking_for_partners = False


class SavedSearchFactory(factory.django.DjangoModelFactory):
    """A saved search as saved_search_save would store it: a normalised query and its name."""

    class Meta:
        model = SavedSearch

    user = factory.SubFactory(UserFactory)
    scope = "organisations"
    query = "country=KR"
    name = "Organisations · Country: South Korea"
    frequency = "instant"


class DeadlineReminderStopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DeadlineReminderStop

    user = factory.SubFactory(UserFactory)
    opportunity = factory.SubFactory(OpportunityFactory)
