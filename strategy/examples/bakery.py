"""A small local business: a craft bakery with a lunch counter, four hours a week to spare."""

from __future__ import annotations

from datetime import date

from strategy.examples._helpers import chooser, months_after
from strategy.model import (
    Account,
    Activity,
    BusinessGoal,
    BuyIn,
    ChannelPlan,
    Channels,
    Competency,
    Competitor,
    Department,
    EditorialLine,
    Engagement,
    Finding,
    Fry,
    Hat,
    Horizon,
    IabStage,
    Influencer,
    Keyword,
    KeywordCategory,
    Kpi,
    Level,
    Listening,
    Maturity,
    Measurement,
    MessageKind,
    Meta,
    MetricKind,
    Objective,
    Organisation,
    OrgKind,
    Persona,
    Place,
    Quadrant,
    ReportingFrequency,
    ResponseRule,
    Roi,
    RoleAssignment,
    Sentiment,
    Strategy,
    Swot,
    SwotItem,
    Tone,
    TrackingCode,
)


def build(lang: str, today: date) -> Strategy:
    say = chooser(lang)
    launch = months_after(today, 1)

    lunch = BusinessGoal(
        id="goal-lunch",
        text=say("Grow weekday lunch sales by 15 %", "Augmenter de 15 % les ventes du midi en semaine"),
    )
    reviews = BusinessGoal(
        id="goal-reviews",
        text=say(
            "Be the best-rated bakery of the district on Google",
            "Être la boulangerie la mieux notée du quartier sur Google",
        ),
    )

    f_hours = Finding(
        id="f-hours",
        text=say(
            "Three Google reviews complain that the opening hours shown online are wrong",
            "Trois avis Google se plaignent d'horaires erronés en ligne",
        ),
        source="Google Maps",
    )
    f_photos = Finding(
        id="f-photos",
        text=say(
            "Customers post photos of our bread on Instagram without tagging the shop",
            "Des clients publient des photos de notre pain sur Instagram sans identifier la boutique",
        ),
        source="Instagram",
    )
    f_chain = Finding(
        id="f-chain",
        text=say(
            "The chain bakery nearby posts daily stories and runs a student offer",
            "La chaîne voisine publie des stories chaque jour et propose une offre étudiants",
        ),
        source="Instagram",
    )
    f_offices = Finding(
        id="f-offices",
        text=say(
            "Office workers search 'lunch near me' on their phones between 11:30 and 12:15",
            "Les salariés cherchent « déjeuner près de moi » sur leur téléphone entre 11 h 30 et 12 h 15",
        ),
        source=say("Google Business Profile statistics", "Statistiques de la fiche Google"),
    )

    o_lunch = Objective(
        id="obj-lunch",
        statement=say(
            "Bring 40 new weekday lunch customers a month through Instagram",
            "Amener 40 nouveaux clients du midi par mois via Instagram",
        ),
        business_goal_id=lunch.id,
        metric=say(
            "new customers showing the Instagram code", "nouveaux clients présentant le code Instagram"
        ),
        baseline=5,
        target=40,
        unit=say("customers/month", "clients/mois"),
        deadline=months_after(launch, 6),
        horizon=Horizon.short,
        department=Department.marketing,
        iab_stage=IabStage.action,
    )
    o_reviews = Objective(
        id="obj-reviews",
        statement=say(
            "Reach 120 Google reviews with an average of 4.6 or more",
            "Atteindre 120 avis Google avec une moyenne d'au moins 4,6",
        ),
        business_goal_id=reviews.id,
        metric=say("number of Google reviews", "nombre d'avis Google"),
        baseline=42,
        target=120,
        unit=say("reviews", "avis"),
        deadline=months_after(launch, 12),
        horizon=Horizon.medium,
        department=Department.customer_service,
        iab_stage=IabStage.advocacy,
    )
    o_known = Objective(
        id="obj-known",
        statement=say(
            "Make the shop known to 800 local people on Instagram",
            "Faire connaître la boutique à 800 personnes du quartier sur Instagram",
        ),
        business_goal_id=lunch.id,
        metric=say("local followers of the shop's account", "abonnés locaux du compte de la boutique"),
        baseline=0,
        target=800,
        unit=say("followers", "abonnés"),
        deadline=months_after(launch, 6),
        horizon=Horizon.short,
        department=Department.marketing,
        iab_stage=IabStage.awareness,
    )

    office = Persona(
        id="p-office",
        name=say("Office worker nearby", "Salarié du quartier"),
        socio_demographic=say(
            "25–45, employee, eats out at noon three times a week",
            "25–45 ans, employé, déjeune dehors trois fois par semaine",
        ),
        geographic=say("Works within 1 km of the shop", "Travaille à moins d'1 km de la boutique"),
        technological=say(
            "Smartphone, at ease, checks it at 11:30", "Smartphone, à l'aise, le consulte à 11 h 30"
        ),
        contexts_of_use=say("Lunch break, commuting", "Pause déjeuner, trajets"),
        expectations=say(
            "The day's menu, a quick and fresh lunch", "Le menu du jour, un déjeuner rapide et frais"
        ),
        value_offered=say(
            "The menu posted at 11:00 and a loyalty offer", "Le menu publié à 11 h et une offre de fidélité"
        ),
        platforms=["instagram", "google_business"],
        influencers_followed=say("Local food bloggers", "Blogueurs culinaires locaux"),
        priority=Level.high,
    )
    family = Persona(
        id="p-family",
        name=say("Local family", "Famille du quartier"),
        socio_demographic=say(
            "Parents 30–50 with children, weekend shoppers",
            "Parents de 30 à 50 ans avec enfants, courses le week-end",
        ),
        geographic=say("Lives in the district", "Habite le quartier"),
        technological=say(
            "Smartphone and tablet, evenings and weekends", "Smartphone et tablette, le soir et le week-end"
        ),
        contexts_of_use=say("At home, planning the weekend", "À la maison, en préparant le week-end"),
        expectations=say(
            "Cakes for birthdays, Sunday bread, opening hours",
            "Gâteaux d'anniversaire, pain du dimanche, horaires",
        ),
        value_offered=say(
            "Order-ahead cakes, reliable opening hours", "Gâteaux sur commande, horaires fiables"
        ),
        platforms=["google_business", "facebook", "instagram"],
        influencers_followed=say("The district's parents' group", "Le groupe des parents du quartier"),
        priority=Level.medium,
    )

    return Strategy(
        meta=Meta(title=say("Social media strategy", "Stratégie médias sociaux"), author="Camille Martin"),
        organisation=Organisation(
            name="Boulangerie du Parc",
            kind=OrgKind.business,
            sector=say("Craft bakery and lunch counter", "Boulangerie artisanale et comptoir déjeuner"),
            mission=say(
                "Good bread and quick, fresh lunches for the neighbourhood",
                "Du bon pain et des déjeuners rapides et frais pour le quartier",
            ),
            values=say("Craft, freshness, a warm welcome", "Savoir-faire, fraîcheur, accueil chaleureux"),
            business_goals=[lunch, reviews],
            internal_constraints=say(
                "Two people in the shop; mornings are too busy to post; the owner approves offers",
                "Deux personnes en boutique ; les matinées sont trop chargées pour publier ; la patronne valide les offres",
            ),
            hours_per_week=4,
            budget_per_year=600,
            currency="EUR",
            management_buy_in=BuyIn.full,
            digital_heritage=say(
                "A Facebook page opened in 2015, dormant since 2021; a Google profile never claimed",
                "Une page Facebook ouverte en 2015, inactive depuis 2021 ; une fiche Google jamais revendiquée",
            ),
            accounts=[
                Account(
                    id="acc-fb",
                    platform="facebook",
                    address="facebook.com/boulangerieduparc",
                    followers=310,
                    activity=Activity.dormant,
                    notes=say("Last post in 2021", "Dernière publication en 2021"),
                ),
                Account(
                    id="acc-google",
                    platform="google_business",
                    address="Google Maps",
                    followers=0,
                    activity=Activity.occasional,
                    notes=say("42 reviews, wrong opening hours", "42 avis, horaires erronés"),
                ),
            ],
        ),
        listening=Listening(
            keywords=[
                Keyword(id="k1", term="boulangerie du parc", category=KeywordCategory.brand),
                Keyword(
                    id="k2",
                    term=say("lunch near me", "déjeuner près de moi"),
                    category=KeywordCategory.sector,
                ),
                Keyword(id="k3", term=say("sourdough", "pain au levain"), category=KeywordCategory.product),
                Keyword(id="k4", term="Maison Dorée", category=KeywordCategory.competitor),
            ],
            tools=say(
                "Google Alerts on the shop's name, Instagram searches of the district's hashtags, the Google profile's statistics; every Monday",
                "Alertes Google sur le nom de la boutique, recherches Instagram des mots-dièse du quartier, statistiques de la fiche Google ; chaque lundi",
            ),
            places=[
                Place(
                    id="pl1",
                    name=say("Google reviews", "Avis Google"),
                    address="Google Maps",
                    relevance=Level.high,
                    tone=Tone.positive,
                    notes=say("Where lunch is chosen", "Là où l'on choisit où déjeuner"),
                ),
                Place(
                    id="pl2",
                    name="#lyon7 Instagram",
                    address="instagram.com/explore/tags/lyon7",
                    relevance=Level.high,
                    tone=Tone.positive,
                    notes=say("Photos of food in the district", "Photos de cuisine du quartier"),
                ),
                Place(
                    id="pl3",
                    name=say("District parents' Facebook group", "Groupe Facebook des parents du quartier"),
                    address="facebook.com/groups",
                    relevance=Level.medium,
                    tone=Tone.mixed,
                    notes=say(
                        "Asks for good addresses, complains about closures",
                        "Demande de bonnes adresses, se plaint des fermetures",
                    ),
                ),
            ],
            sentiment=Sentiment(positive=70, neutral=22, negative=8),
            competitors=[
                Competitor(
                    id="c1",
                    name="Maison Dorée",
                    platforms=["instagram", "tiktok"],
                    audience=say("Students", "Étudiants"),
                    what_works=say("Daily stories, a student offer", "Stories quotidiennes, offre étudiants"),
                ),
                Competitor(
                    id="c2",
                    name="Le Fournil",
                    platforms=["google_business"],
                    audience=say("Families", "Familles"),
                    what_works=say("Answers every review", "Répond à chaque avis"),
                ),
            ],
            influencers=[
                Influencer(
                    id="i1",
                    name="@mangeralyon",
                    platform="instagram",
                    audience=say("8,000 local food lovers", "8 000 gourmands locaux"),
                    topics=say("Lunch spots", "Adresses pour déjeuner"),
                    relationship=say("Invite to taste the lunch menu", "Inviter à goûter le menu du midi"),
                ),
                Influencer(
                    id="i2",
                    name=say("District parents' group admin", "Administratrice du groupe des parents"),
                    platform="facebook",
                    audience=say("1,200 parents", "1 200 parents"),
                    topics=say("Family life in the district", "Vie de famille dans le quartier"),
                    relationship=say("Offer a cake for the school fair", "Offrir un gâteau pour la kermesse"),
                ),
            ],
            findings=[f_hours, f_photos, f_chain, f_offices],
        ),
        swot=Swot(
            items=[
                SwotItem(
                    id="s1",
                    quadrant=Quadrant.strength,
                    text=say(
                        "Customers love the bread and already photograph it",
                        "Les clients adorent le pain et le photographient déjà",
                    ),
                    impact=Level.high,
                    finding_id=f_photos.id,
                ),
                SwotItem(
                    id="s2",
                    quadrant=Quadrant.strength,
                    text=say("Good reputation in reviews", "Bonne réputation dans les avis"),
                    impact=Level.medium,
                    finding_id=f_hours.id,
                ),
                SwotItem(
                    id="w1",
                    quadrant=Quadrant.weakness,
                    text=say("Wrong opening hours online", "Horaires erronés en ligne"),
                    impact=Level.high,
                    finding_id=f_hours.id,
                ),
                SwotItem(
                    id="w2",
                    quadrant=Quadrant.weakness,
                    text=say(
                        "Only four hours a week for social media",
                        "Seulement quatre heures par semaine pour les médias sociaux",
                    ),
                    impact=Level.medium,
                    finding_id=f_chain.id,
                ),
                SwotItem(
                    id="o1",
                    quadrant=Quadrant.opportunity,
                    text=say(
                        "Office workers look for lunch on their phones at noon",
                        "Les salariés cherchent où déjeuner sur leur téléphone à midi",
                    ),
                    impact=Level.high,
                    finding_id=f_offices.id,
                ),
                SwotItem(
                    id="o2",
                    quadrant=Quadrant.opportunity,
                    text=say(
                        "Customers' photos can be shared with their permission",
                        "Les photos des clients peuvent être partagées avec leur accord",
                    ),
                    impact=Level.medium,
                    finding_id=f_photos.id,
                ),
                SwotItem(
                    id="t1",
                    quadrant=Quadrant.threat,
                    text=say(
                        "The chain bakery's daily presence and student offer",
                        "La présence quotidienne et l'offre étudiants de la chaîne",
                    ),
                    impact=Level.medium,
                    finding_id=f_chain.id,
                ),
                SwotItem(
                    id="t2",
                    quadrant=Quadrant.threat,
                    text=say(
                        "A bad review about hours left unanswered",
                        "Un mauvais avis sur les horaires resté sans réponse",
                    ),
                    impact=Level.medium,
                    finding_id=f_hours.id,
                ),
            ],
            so_strategy=say(
                "Show the day's lunch at 11:00 on Instagram, where office workers look",
                "Montrer le déjeuner du jour à 11 h sur Instagram, là où regardent les salariés",
            ),
            wo_strategy=say(
                "Reuse customers' photos (with permission) to post often without more hours",
                "Réutiliser les photos des clients (avec accord) pour publier souvent sans plus d'heures",
            ),
            st_strategy=say(
                "Stress craft and freshness against the chain's volume",
                "Mettre en avant le savoir-faire et la fraîcheur face au volume de la chaîne",
            ),
            wt_strategy=say(
                "Fix the Google profile first and answer every review within a day",
                "Corriger d'abord la fiche Google et répondre à chaque avis dans la journée",
            ),
        ),
        objectives=[o_lunch, o_reviews, o_known],
        personas=[office, family],
        channels=Channels(
            plans=[
                ChannelPlan(
                    id="ch-instagram",
                    platform="instagram",
                    chosen=True,
                    mission=say(
                        "Make mouths water at 11:00 for the office workers nearby",
                        "Faire saliver à 11 h les salariés du quartier",
                    ),
                    objective_ids=[o_lunch.id, o_known.id],
                    persona_ids=[office.id, family.id],
                    content_types=say(
                        "Photo of the day's lunch, stories from the bakehouse, customers' photos",
                        "Photo du déjeuner du jour, stories du fournil, photos de clients",
                    ),
                    tone=say("Warm, short, a little humour", "Chaleureux, court, un peu d'humour"),
                    posts_per_week=5,
                    minutes_per_post=15,
                    owner="Camille",
                ),
                ChannelPlan(
                    id="ch-google",
                    platform="google_business",
                    chosen=True,
                    mission=say(
                        "Be right where people search for lunch, with true hours and answered reviews",
                        "Être là où l'on cherche où déjeuner, avec des horaires justes et des avis qui ont une réponse",
                    ),
                    objective_ids=[o_reviews.id, o_lunch.id],
                    persona_ids=[office.id, family.id],
                    content_types=say(
                        "Weekly post, photos, answers to reviews",
                        "Publication hebdomadaire, photos, réponses aux avis",
                    ),
                    tone=say("Courteous, precise", "Courtois, précis"),
                    posts_per_week=1,
                    minutes_per_post=20,
                    owner=say("The owner", "La patronne"),
                ),
                ChannelPlan(
                    id="ch-facebook",
                    platform="facebook",
                    chosen=False,
                    mission=say(
                        "Later: reach families through the district's group",
                        "Plus tard : toucher les familles via le groupe du quartier",
                    ),
                    objective_ids=[o_reviews.id],
                    persona_ids=[family.id],
                    content_types=say("Events, cake orders", "Événements, commandes de gâteaux"),
                    tone=say("Friendly", "Amical"),
                    posts_per_week=1,
                    minutes_per_post=15,
                    owner="Camille",
                ),
                ChannelPlan(
                    id="ch-tiktok",
                    platform="tiktok",
                    chosen=False,
                    mission=say(
                        "Not now: high effort, our targets are not there",
                        "Pas maintenant : effort élevé, nos cibles n'y sont pas",
                    ),
                    objective_ids=[o_known.id],
                    persona_ids=[office.id],
                    content_types=say("Short videos of the bakehouse", "Vidéos courtes du fournil"),
                    tone=say("Playful", "Ludique"),
                    posts_per_week=0,
                    minutes_per_post=45,
                    owner="Camille",
                ),
            ],
            editorial=EditorialLine(
                positioning=say(
                    "The craft bakery of the neighbourhood: real bread, a quick lunch, people who know your name",
                    "La boulangerie artisanale du quartier : du vrai pain, un déjeuner rapide, des gens qui connaissent votre prénom",
                ),
                voice=say(
                    "Warm, simple, a little humour; we say 'we'",
                    "Chaleureuse, simple, un peu d'humour ; on dit « nous »",
                ),
                pillars=say(
                    "The day's lunch; the bakehouse at dawn; our customers; the district",
                    "Le déjeuner du jour ; le fournil à l'aube ; nos clients ; le quartier",
                ),
                hot_content=say(
                    "The day's menu at 11:00, the district's news, a sold-out loaf",
                    "Le menu du jour à 11 h, l'actualité du quartier, un pain épuisé",
                ),
                cold_content=say(
                    "How sourdough is made; portraits of the team; seasonal recipes",
                    "Comment se fait le levain ; portraits de l'équipe ; recettes de saison",
                ),
            ),
            visibility_levers=say(
                "A sign at the till with the account name; the Google profile links to Instagram; a tasting with @mangeralyon",
                "Une affichette en caisse avec le nom du compte ; la fiche Google renvoie vers Instagram ; une dégustation avec @mangeralyon",
            ),
            launch_date=launch,
        ),
        engagement=Engagement(
            roles=[
                RoleAssignment(id="r1", hat=Hat.storyteller, person="Camille"),
                RoleAssignment(id="r2", hat=Hat.caretaker, person="Camille"),
                RoleAssignment(id="r3", hat=Hat.ambassador, person=say("The owner", "La patronne")),
                RoleAssignment(id="r4", hat=Hat.switchboard, person=say("The owner", "La patronne")),
            ],
            spokespeople=say(
                "Camille for everyday posts and answers; the owner for complaints, prices and the press",
                "Camille pour les publications et réponses courantes ; la patronne pour les plaintes, les prix et la presse",
            ),
            response_time_hours=4,
            moderation_charter=say(
                "Welcome to the Boulangerie du Parc's pages. Questions, opinions and criticism are welcome: we answer them openly. We remove insults, personal attacks, spam and advertising, and anything illegal, and we say so when we do. Customer orders and personal details are handled in private messages.",
                "Bienvenue sur les pages de la Boulangerie du Parc. Questions, avis et critiques sont les bienvenus : nous y répondons ouvertement. Nous retirons les insultes, les attaques personnelles, le spam et la publicité, et tout contenu illégal, et nous le disons quand nous le faisons. Les commandes et les informations personnelles se traitent en message privé.",
            ),
            response_matrix=[
                ResponseRule(
                    id="m1",
                    kind=MessageKind.question,
                    action=say("Answer publicly with the facts", "Répondre publiquement avec les faits"),
                    who="Camille",
                    max_hours=4,
                ),
                ResponseRule(
                    id="m2",
                    kind=MessageKind.complaint,
                    action=say(
                        "Apologise publicly, solve in private", "S'excuser publiquement, régler en privé"
                    ),
                    who=say("The owner", "La patronne"),
                    max_hours=4,
                ),
                ResponseRule(
                    id="m3",
                    kind=MessageKind.praise,
                    action=say("Thank and share with permission", "Remercier et partager avec accord"),
                    who="Camille",
                    max_hours=24,
                ),
                ResponseRule(
                    id="m4",
                    kind=MessageKind.troll,
                    action=say(
                        "One calm factual answer, then apply the charter",
                        "Une réponse calme et factuelle, puis appliquer la charte",
                    ),
                    who="Camille",
                    max_hours=8,
                ),
                ResponseRule(
                    id="m5",
                    kind=MessageKind.crisis,
                    action=say(
                        "Pause posts, alert the owner, answer once with facts",
                        "Suspendre les publications, alerter la patronne, répondre une fois avec des faits",
                    ),
                    who=say("The owner", "La patronne"),
                    max_hours=1,
                ),
            ],
            escalation_path=say(
                "Camille → the owner → the accountant or the insurer if money or health is involved",
                "Camille → la patronne → le comptable ou l'assureur si l'argent ou la santé sont en jeu",
            ),
            crisis_plan=say(
                "If a rumour spreads (hygiene, prices): pause scheduled posts; the owner checks the facts; one answer within the hour on every channel; no deletion of criticism; a follow-up once resolved.",
                "Si une rumeur circule (hygiène, prix) : suspendre les publications programmées ; la patronne vérifie les faits ; une réponse dans l'heure sur chaque canal ; aucune critique supprimée ; un suivi une fois réglé.",
            ),
            staff_policy=say(
                "Staff may say they work here and share our posts; they do not answer complaints in the shop's name; customers' photos are shared only with permission.",
                "Le personnel peut dire qu'il travaille ici et partager nos publications ; il ne répond pas aux plaintes au nom de la boutique ; les photos de clients ne sont partagées qu'avec leur accord.",
            ),
            coverage_hours=say(
                "Weekdays 8:00–14:00; Saturday morning", "En semaine de 8 h à 14 h ; le samedi matin"
            ),
            offline_actions=say(
                "A tasting evening each season with local followers; a cake for the school fair",
                "Une soirée dégustation chaque saison avec les abonnés du quartier ; un gâteau pour la kermesse",
            ),
        ),
        measurement=Measurement(
            kpis=[
                Kpi(
                    id="kpi-code",
                    objective_id=o_lunch.id,
                    name=say(
                        "New customers with the Instagram code", "Nouveaux clients avec le code Instagram"
                    ),
                    kind=MetricKind.business,
                    iab_stage=IabStage.action,
                    fry=Fry.reach,
                    source=say("Till", "Caisse"),
                    baseline=5,
                    target=40,
                    unit=say("customers/month", "clients/mois"),
                    deadline=o_lunch.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-sales",
                    objective_id=o_lunch.id,
                    name=say("Weekday lunch sales", "Ventes du midi en semaine"),
                    kind=MetricKind.business,
                    iab_stage=IabStage.action,
                    fry=Fry.frequency,
                    source=say("Till", "Caisse"),
                    baseline=6200,
                    target=7130,
                    unit=say("€/month", "€/mois"),
                    deadline=months_after(launch, 12),
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-reviews",
                    objective_id=o_reviews.id,
                    name=say("Google reviews", "Avis Google"),
                    kind=MetricKind.media,
                    iab_stage=IabStage.advocacy,
                    fry=Fry.reach,
                    source=say("Google Business Profile", "Fiche Google"),
                    baseline=42,
                    target=120,
                    unit=say("reviews", "avis"),
                    deadline=o_reviews.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-followers",
                    objective_id=o_known.id,
                    name=say("Local Instagram followers", "Abonnés Instagram locaux"),
                    kind=MetricKind.media,
                    iab_stage=IabStage.awareness,
                    fry=Fry.reach,
                    source="Instagram",
                    baseline=0,
                    target=800,
                    unit=say("followers", "abonnés"),
                    deadline=o_known.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
            ],
            review_cycle=say(
                "First Monday of the month, 30 minutes: read the KPIs, keep what worked, drop one thing that did not, try one new idea.",
                "Le premier lundi du mois, 30 minutes : lire les indicateurs, garder ce qui a marché, abandonner une chose qui n'a pas marché, essayer une idée nouvelle.",
            ),
            review_frequency=ReportingFrequency.monthly,
            roi=Roi(
                hourly_rate=25,
                financial_outcomes_per_year=11000,
                non_financial_outcomes=say(
                    "Better reviews, a closer relationship with the district, feedback on new recipes",
                    "De meilleurs avis, une relation plus proche avec le quartier, des retours sur les nouvelles recettes",
                ),
            ),
            tracking_codes=[
                TrackingCode(
                    id="t1", campaign=say("Lunch code", "Code midi"), channel="instagram", code="MIDI-INSTA"
                ),
                TrackingCode(
                    id="t2",
                    campaign=say("Google profile link", "Lien de la fiche Google"),
                    channel="google_business",
                    code="utm_source=google&utm_medium=profile&utm_campaign=lunch",
                ),
            ],
        ),
        maturity=Maturity(
            scores={
                Competency.strategy: 2,
                Competency.leadership: 3,
                Competency.culture: 2,
                Competency.community_management: 2,
                Competency.content: 1,
                Competency.governance: 1,
                Competency.tools: 1,
                Competency.measurement: 1,
            }
        ),
    )
