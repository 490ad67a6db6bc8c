"""A public institution: a town's media library, run by civil servants with a validation circuit."""

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

    g_members = BusinessGoal(
        id="goal-members",
        text=say(
            "More residents holding a library card", "Plus d'habitants titulaires d'une carte de médiathèque"
        ),
    )
    g_events = BusinessGoal(
        id="goal-events", text=say("Fuller workshops and events", "Des ateliers et animations mieux remplis")
    )
    g_digital = BusinessGoal(
        id="goal-digital",
        text=say(
            "Make the digital services (e-books, online courses) known",
            "Faire connaître les services numériques (livres numériques, cours en ligne)",
        ),
    )

    f_hours = Finding(
        id="f-hours",
        text=say(
            "Residents ask on the town's Facebook page whether the library is open on Sundays",
            "Des habitants demandent sur la page Facebook de la ville si la médiathèque ouvre le dimanche",
        ),
        source="Facebook",
    )
    f_ebooks = Finding(
        id="f-ebooks",
        text=say(
            "Nobody mentions the e-book service online; readers buy e-books instead",
            "Personne ne parle du service de livres numériques en ligne ; les lecteurs achètent des livres numériques à la place",
        ),
        source=say("Searches and reviews", "Recherches et avis"),
    )
    f_teens = Finding(
        id="f-teens",
        text=say(
            "Teenagers share manga recommendations on TikTok and Instagram",
            "Les adolescents partagent des recommandations de mangas sur TikTok et Instagram",
        ),
        source="Instagram",
    )
    f_parents = Finding(
        id="f-parents",
        text=say(
            "Parents praise the story time in the parents' group but say it fills up in a day",
            "Les parents saluent l'heure du conte dans le groupe des parents mais disent qu'elle est pleine en un jour",
        ),
        source="Facebook",
    )

    o_cards = Objective(
        id="obj-cards",
        statement=say(
            "Register 300 new card holders among residents",
            "Inscrire 300 nouveaux titulaires de carte parmi les habitants",
        ),
        business_goal_id=g_members.id,
        metric=say(
            "new registrations (online form and desk)",
            "nouvelles inscriptions (formulaire en ligne et accueil)",
        ),
        baseline=1100,
        target=1400,
        unit=say("cards", "cartes"),
        deadline=months_after(launch, 12),
        horizon=Horizon.medium,
        department=Department.customer_service,
        iab_stage=IabStage.action,
    )
    o_events = Objective(
        id="obj-events",
        statement=say("Fill 85 % of workshop seats", "Remplir 85 % des places des ateliers"),
        business_goal_id=g_events.id,
        metric=say("share of workshop seats booked", "part des places d'atelier réservées"),
        baseline=60,
        target=85,
        unit="%",
        deadline=months_after(launch, 6),
        horizon=Horizon.short,
        department=Department.pr,
        iab_stage=IabStage.appreciation,
    )
    o_ebooks = Objective(
        id="obj-ebooks",
        statement=say("Double e-book loans", "Doubler les prêts de livres numériques"),
        business_goal_id=g_digital.id,
        metric=say("e-book loans a month", "prêts de livres numériques par mois"),
        baseline=150,
        target=300,
        unit=say("loans/month", "prêts/mois"),
        deadline=months_after(launch, 9),
        horizon=Horizon.medium,
        department=Department.marketing,
        iab_stage=IabStage.awareness,
    )

    family = Persona(
        id="p-family",
        name=say("Young family", "Jeune famille"),
        socio_demographic=say(
            "Parents 28–45 with children under 10",
            "Parents de 28 à 45 ans avec des enfants de moins de 10 ans",
        ),
        geographic=say("Lives in town, near the schools", "Habite la ville, près des écoles"),
        technological=say(
            "Smartphone; checks Facebook and Instagram in the evening",
            "Smartphone ; consulte Facebook et Instagram le soir",
        ),
        contexts_of_use=say(
            "At home after the children's bedtime; at the school gate",
            "À la maison après le coucher des enfants ; à la sortie de l'école",
        ),
        expectations=say(
            "Free activities for the children, booking without queuing",
            "Des activités gratuites pour les enfants, réserver sans faire la queue",
        ),
        value_offered=say(
            "Story times, workshops, online booking", "Heures du conte, ateliers, réservation en ligne"
        ),
        platforms=["facebook", "instagram"],
        influencers_followed=say("The parents' association", "L'association des parents d'élèves"),
        priority=Level.high,
    )
    teen = Persona(
        id="p-teen",
        name=say("Teenage reader", "Lecteur adolescent"),
        socio_demographic=say("12–17, secondary school", "12–17 ans, collège et lycée"),
        geographic=say("The town and its secondary school", "La ville et son collège"),
        technological=say(
            "Smartphone, very at ease, video first", "Smartphone, très à l'aise, la vidéo avant tout"
        ),
        contexts_of_use=say("After school, on the bus", "Après les cours, dans le bus"),
        expectations=say(
            "Manga and comics, a place to meet friends",
            "Des mangas et des BD, un lieu pour retrouver ses amis",
        ),
        value_offered=say(
            "New manga every month, a gaming club", "Des nouveaux mangas chaque mois, un club de jeux vidéo"
        ),
        platforms=["instagram", "tiktok"],
        influencers_followed=say("Manga reviewers", "Critiques de mangas"),
        priority=Level.medium,
    )
    senior = Persona(
        id="p-senior",
        name=say("Retired reader", "Lecteur retraité"),
        socio_demographic=say("65+, avid reader", "65 ans et plus, grand lecteur"),
        geographic=say("Town centre", "Centre-ville"),
        technological=say(
            "Tablet and e-mail; unsure with apps", "Tablette et courriel ; peu à l'aise avec les applications"
        ),
        contexts_of_use=say("At home, in the morning", "À la maison, le matin"),
        expectations=say(
            "News of the collection, help with digital services",
            "Les nouveautés, de l'aide avec les services numériques",
        ),
        value_offered=say(
            "A monthly newsletter, e-reader workshops", "Une infolettre mensuelle, des ateliers liseuse"
        ),
        platforms=["newsletter", "facebook"],
        influencers_followed=say("The town's magazine", "Le magazine municipal"),
        priority=Level.medium,
    )

    return Strategy(
        meta=Meta(
            title=say("Social media strategy", "Stratégie médias sociaux"),
            author=say(
                "Communication team, Villeneuve media library",
                "Équipe communication, médiathèque de Villeneuve",
            ),
        ),
        organisation=Organisation(
            name=say("Villeneuve media library", "Médiathèque de Villeneuve"),
            kind=OrgKind.public_body,
            sector=say("Public reading and culture", "Lecture publique et culture"),
            mission=say(
                "Give every resident free access to books, knowledge and culture",
                "Offrir à chaque habitant un accès libre aux livres, au savoir et à la culture",
            ),
            values=say(
                "Public service, openness, equality of access", "Service public, ouverture, égalité d'accès"
            ),
            business_goals=[g_members, g_events, g_digital],
            internal_constraints=say(
                "Posts are validated by the town's communication department within 24 hours; accounts must follow the town's charter; no advertising budget beyond boosting events",
                "Les publications sont validées par le service communication de la ville sous 24 heures ; les comptes suivent la charte de la ville ; pas de budget publicitaire hors mise en avant des événements",
            ),
            hours_per_week=6,
            budget_per_year=500,
            currency="EUR",
            management_buy_in=BuyIn.partial,
            digital_heritage=say(
                "A Facebook page since 2012 (2,300 followers); an Instagram account since 2020; the catalogue website; a newsletter stopped in 2023",
                "Une page Facebook depuis 2012 (2 300 abonnés) ; un compte Instagram depuis 2020 ; le site du catalogue ; une infolettre arrêtée en 2023",
            ),
            accounts=[
                Account(
                    id="acc-fb",
                    platform="facebook",
                    address="facebook.com/mediathequevilleneuve",
                    followers=2300,
                    activity=Activity.active,
                    notes=say("Events", "Événements"),
                ),
                Account(
                    id="acc-ig",
                    platform="instagram",
                    address="instagram.com/mediatheque.villeneuve",
                    followers=640,
                    activity=Activity.occasional,
                    notes=say("Photos of new books", "Photos de nouveautés"),
                ),
                Account(
                    id="acc-nl",
                    platform="newsletter",
                    address=say("Readers' list (1,800 addresses)", "Liste des lecteurs (1 800 adresses)"),
                    followers=1800,
                    activity=Activity.dormant,
                    notes=say("Stopped in 2023", "Arrêtée en 2023"),
                ),
            ],
        ),
        listening=Listening(
            keywords=[
                Keyword(
                    id="k1",
                    term=say("Villeneuve media library", "médiathèque de Villeneuve"),
                    category=KeywordCategory.brand,
                ),
                Keyword(id="k2", term=say("story time", "heure du conte"), category=KeywordCategory.product),
                Keyword(
                    id="k3",
                    term=say("free e-books", "livres numériques gratuits"),
                    category=KeywordCategory.sector,
                ),
                Keyword(id="k4", term=say("bookshop", "librairie"), category=KeywordCategory.competitor),
            ],
            tools=say(
                "Google Alerts, the town page's comments, Instagram hashtags; twice a week",
                "Alertes Google, commentaires de la page de la ville, mots-dièse Instagram ; deux fois par semaine",
            ),
            places=[
                Place(
                    id="pl1",
                    name=say("The town's Facebook page", "La page Facebook de la ville"),
                    address="facebook.com/villeneuve",
                    relevance=Level.high,
                    tone=Tone.neutral,
                    notes=say("Practical questions", "Questions pratiques"),
                ),
                Place(
                    id="pl2",
                    name=say("Parents' Facebook group", "Groupe Facebook des parents"),
                    address="facebook.com/groups",
                    relevance=Level.high,
                    tone=Tone.positive,
                    notes=say("Activities for children", "Activités pour les enfants"),
                ),
                Place(
                    id="pl3",
                    name=say("#manga on Instagram and TikTok", "#manga sur Instagram et TikTok"),
                    address="instagram.com/explore/tags/manga",
                    relevance=Level.medium,
                    tone=Tone.positive,
                    notes=say("Teen recommendations", "Recommandations d'ados"),
                ),
            ],
            sentiment=Sentiment(positive=65, neutral=30, negative=5),
            competitors=[
                Competitor(
                    id="c1",
                    name=say("The bookshop in town", "La librairie de la ville"),
                    platforms=["instagram", "facebook"],
                    audience=say("Adult readers", "Lecteurs adultes"),
                    what_works=say("Staff picks with a face", "Coups de cœur incarnés par les libraires"),
                ),
                Competitor(
                    id="c2",
                    name=say("E-book stores", "Librairies numériques"),
                    platforms=["instagram", "tiktok"],
                    audience=say("Young adults", "Jeunes adultes"),
                    what_works=say("Short videos of new titles", "Vidéos courtes des nouveautés"),
                ),
            ],
            influencers=[
                Influencer(
                    id="i1",
                    name=say("Parents' association", "Association des parents d'élèves"),
                    platform="facebook",
                    audience=say("900 parents", "900 parents"),
                    topics=say("School and leisure", "École et loisirs"),
                    relationship=say(
                        "Share the story-time calendar", "Relayer le calendrier de l'heure du conte"
                    ),
                ),
                Influencer(
                    id="i2",
                    name="@lesmangasdelea",
                    platform="instagram",
                    audience=say("12,000 teenage readers", "12 000 jeunes lecteurs"),
                    topics="Manga",
                    relationship=say(
                        "Invite to present the new manga shelf", "Inviter à présenter le nouveau rayon mangas"
                    ),
                ),
            ],
            findings=[f_hours, f_ebooks, f_teens, f_parents],
        ),
        swot=Swot(
            items=[
                SwotItem(
                    id="s1",
                    quadrant=Quadrant.strength,
                    text=say("Story times loved by parents", "Des heures du conte appréciées des parents"),
                    impact=Level.high,
                    finding_id=f_parents.id,
                ),
                SwotItem(
                    id="s2",
                    quadrant=Quadrant.strength,
                    text=say("A free, trusted public service", "Un service public gratuit et de confiance"),
                    impact=Level.medium,
                    finding_id=f_hours.id,
                ),
                SwotItem(
                    id="w1",
                    quadrant=Quadrant.weakness,
                    text=say(
                        "Practical information (hours, booking) is hard to find",
                        "Les informations pratiques (horaires, réservation) sont difficiles à trouver",
                    ),
                    impact=Level.high,
                    finding_id=f_hours.id,
                ),
                SwotItem(
                    id="w2",
                    quadrant=Quadrant.weakness,
                    text=say(
                        "A 24-hour validation circuit slows answers",
                        "Un circuit de validation de 24 heures ralentit les réponses",
                    ),
                    impact=Level.medium,
                    finding_id=f_hours.id,
                ),
                SwotItem(
                    id="o1",
                    quadrant=Quadrant.opportunity,
                    text=say(
                        "Teenagers already talk about manga online",
                        "Les adolescents parlent déjà de mangas en ligne",
                    ),
                    impact=Level.medium,
                    finding_id=f_teens.id,
                ),
                SwotItem(
                    id="o2",
                    quadrant=Quadrant.opportunity,
                    text=say(
                        "The e-book service answers a need nobody knows it meets",
                        "Le service de livres numériques répond à un besoin que personne ne sait satisfait",
                    ),
                    impact=Level.high,
                    finding_id=f_ebooks.id,
                ),
                SwotItem(
                    id="t1",
                    quadrant=Quadrant.threat,
                    text=say(
                        "E-book stores capture readers who do not know the free service",
                        "Les librairies numériques captent les lecteurs qui ignorent le service gratuit",
                    ),
                    impact=Level.medium,
                    finding_id=f_ebooks.id,
                ),
                SwotItem(
                    id="t2",
                    quadrant=Quadrant.threat,
                    text=say(
                        "Disappointed parents when workshops are full",
                        "Des parents déçus quand les ateliers sont complets",
                    ),
                    impact=Level.low,
                    finding_id=f_parents.id,
                ),
            ],
            so_strategy=say(
                "Use the parents' trust to announce every workshop with online booking",
                "S'appuyer sur la confiance des parents pour annoncer chaque atelier avec réservation en ligne",
            ),
            wo_strategy=say(
                "Pre-approve a bank of answers to frequent questions so they need no validation",
                "Faire valider à l'avance une banque de réponses aux questions fréquentes pour éviter la validation",
            ),
            st_strategy=say(
                "Show that e-books are free with a library card",
                "Montrer que les livres numériques sont gratuits avec la carte",
            ),
            wt_strategy=say(
                "Publish the booking calendar a month ahead and a waiting list",
                "Publier le calendrier de réservation un mois à l'avance et une liste d'attente",
            ),
        ),
        objectives=[o_cards, o_events, o_ebooks],
        personas=[family, teen, senior],
        channels=Channels(
            plans=[
                ChannelPlan(
                    id="ch-facebook",
                    platform="facebook",
                    chosen=True,
                    mission=say(
                        "Tell families and residents what is on, and answer their practical questions",
                        "Dire aux familles et aux habitants ce qui se passe, et répondre à leurs questions pratiques",
                    ),
                    objective_ids=[o_events.id, o_cards.id],
                    persona_ids=[family.id, senior.id],
                    content_types=say(
                        "Events, practical information, photos of workshops",
                        "Événements, informations pratiques, photos d'ateliers",
                    ),
                    tone=say("Welcoming, clear", "Accueillant, clair"),
                    posts_per_week=2,
                    minutes_per_post=20,
                    owner=say(
                        "Librarian in charge of events", "Bibliothécaire chargée de l'action culturelle"
                    ),
                ),
                ChannelPlan(
                    id="ch-instagram",
                    platform="instagram",
                    chosen=True,
                    mission=say(
                        "Make the library a place teenagers and young parents want to visit",
                        "Faire de la médiathèque un lieu où ados et jeunes parents ont envie d'aller",
                    ),
                    objective_ids=[o_ebooks.id, o_cards.id],
                    persona_ids=[teen.id, family.id],
                    content_types=say(
                        "New manga, staff picks, 'free with your card' reels",
                        "Nouveaux mangas, coups de cœur, réels « gratuit avec votre carte »",
                    ),
                    tone=say("Lively, warm", "Vivant, chaleureux"),
                    posts_per_week=3,
                    minutes_per_post=20,
                    owner=say("Youth librarian", "Bibliothécaire jeunesse"),
                ),
                ChannelPlan(
                    id="ch-newsletter",
                    platform="newsletter",
                    chosen=True,
                    mission=say(
                        "Keep readers informed and help them use the digital services",
                        "Tenir les lecteurs informés et les aider à utiliser les services numériques",
                    ),
                    objective_ids=[o_ebooks.id, o_cards.id],
                    persona_ids=[senior.id, family.id],
                    content_types=say(
                        "Monthly news, e-book how-to, workshop calendar",
                        "Nouvelles du mois, mode d'emploi du numérique, calendrier des ateliers",
                    ),
                    tone=say("Clear, reassuring", "Clair, rassurant"),
                    posts_per_week=0.25,
                    minutes_per_post=120,
                    owner=say(
                        "Librarian in charge of digital services", "Bibliothécaire chargé du numérique"
                    ),
                ),
                ChannelPlan(
                    id="ch-tiktok",
                    platform="tiktok",
                    chosen=False,
                    mission=say(
                        "Later, with the youth club: manga reviews by teenagers",
                        "Plus tard, avec le club jeunes : critiques de mangas par des ados",
                    ),
                    objective_ids=[o_ebooks.id],
                    persona_ids=[teen.id],
                    content_types=say("Short reviews", "Critiques courtes"),
                    tone=say("Playful", "Ludique"),
                    posts_per_week=1,
                    minutes_per_post=45,
                    owner=say("Youth librarian", "Bibliothécaire jeunesse"),
                ),
            ],
            editorial=EditorialLine(
                positioning=say(
                    "Your free, open place for books, screens and people, next door",
                    "Votre lieu libre et gratuit pour les livres, les écrans et les gens, à côté de chez vous",
                ),
                voice=say(
                    "Welcoming and clear; we explain without talking down",
                    "Accueillante et claire ; on explique sans prendre de haut",
                ),
                pillars=say(
                    "What is on; new arrivals; free services explained; the people who make the library",
                    "Ce qui se passe ; les nouveautés ; les services gratuits expliqués ; les gens qui font la médiathèque",
                ),
                hot_content=say(
                    "This week's workshops, a popular new title, a closure or a change of hours",
                    "Les ateliers de la semaine, une nouveauté très demandée, une fermeture ou un changement d'horaires",
                ),
                cold_content=say(
                    "How to borrow an e-book, portraits of staff, the year's reading lists",
                    "Comment emprunter un livre numérique, portraits de l'équipe, sélections de l'année",
                ),
            ),
            visibility_levers=say(
                "A link in the town's magazine and website; posters at schools; boosting events with the small budget; the parents' association shares the calendar",
                "Un lien dans le magazine et sur le site de la ville ; des affiches dans les écoles ; mise en avant des événements avec le petit budget ; l'association des parents relaie le calendrier",
            ),
            launch_date=launch,
        ),
        engagement=Engagement(
            roles=[
                RoleAssignment(
                    id="r1", hat=Hat.storyteller, person=say("Youth librarian", "Bibliothécaire jeunesse")
                ),
                RoleAssignment(
                    id="r2",
                    hat=Hat.teacher,
                    person=say(
                        "Librarian in charge of digital services", "Bibliothécaire chargé du numérique"
                    ),
                ),
                RoleAssignment(
                    id="r3",
                    hat=Hat.switchboard,
                    person=say(
                        "Librarian in charge of events", "Bibliothécaire chargée de l'action culturelle"
                    ),
                ),
                RoleAssignment(
                    id="r4",
                    hat=Hat.ambassador,
                    person=say("The library's director", "La directrice de la médiathèque"),
                ),
            ],
            spokespeople=say(
                "The three librarians for practical answers from the pre-approved bank; the director and the town's communication department for anything else",
                "Les trois bibliothécaires pour les réponses pratiques de la banque validée ; la directrice et le service communication de la ville pour le reste",
            ),
            response_time_hours=24,
            moderation_charter=say(
                "These pages are a public service space. Everyone is welcome to ask, suggest and criticise; we answer. We remove insults, hate speech, personal data, advertising and electoral campaigning, in line with the town's charter, and we say so.",
                "Ces pages sont un espace de service public. Chacun peut y poser des questions, faire des suggestions et critiquer ; nous répondons. Nous retirons les insultes, les propos haineux, les données personnelles, la publicité et la propagande électorale, conformément à la charte de la ville, et nous le signalons.",
            ),
            response_matrix=[
                ResponseRule(
                    id="m1",
                    kind=MessageKind.question,
                    action=say(
                        "Answer from the pre-approved bank",
                        "Répondre à partir de la banque de réponses validées",
                    ),
                    who=say("Librarian on duty", "Bibliothécaire de permanence"),
                    max_hours=8,
                ),
                ResponseRule(
                    id="m2",
                    kind=MessageKind.complaint,
                    action=say(
                        "Acknowledge, then answer after checking with the director",
                        "Accuser réception, puis répondre après vérification avec la directrice",
                    ),
                    who=say("The director", "La directrice"),
                    max_hours=24,
                ),
                ResponseRule(
                    id="m3",
                    kind=MessageKind.praise,
                    action=say("Thank and pass on to the team", "Remercier et transmettre à l'équipe"),
                    who=say("Librarian on duty", "Bibliothécaire de permanence"),
                    max_hours=24,
                ),
                ResponseRule(
                    id="m4",
                    kind=MessageKind.troll,
                    action=say(
                        "One neutral answer, then apply the charter",
                        "Une réponse neutre, puis appliquer la charte",
                    ),
                    who=say("Librarian on duty", "Bibliothécaire de permanence"),
                    max_hours=24,
                ),
                ResponseRule(
                    id="m5",
                    kind=MessageKind.crisis,
                    action=say(
                        "Alert the director and the town's communication department; a holding answer within the hour",
                        "Alerter la directrice et le service communication de la ville ; une réponse d'attente dans l'heure",
                    ),
                    who=say("The director", "La directrice"),
                    max_hours=1,
                ),
            ],
            escalation_path=say(
                "Librarian on duty → the director → the town's communication department → the deputy mayor for culture",
                "Bibliothécaire de permanence → la directrice → le service communication de la ville → l'adjoint à la culture",
            ),
            crisis_plan=say(
                "A controversy about a book or an event: the director and the town's communication department are alerted at once; a holding answer within the hour; the facts and the public-service principles are stated; nothing is deleted but what breaks the charter.",
                "Une polémique sur un livre ou un événement : la directrice et le service communication de la ville sont alertés aussitôt ; une réponse d'attente dans l'heure ; les faits et les principes du service public sont rappelés ; rien n'est supprimé hors infraction à la charte.",
            ),
            staff_policy=say(
                "Staff follow the town's social media charter: they may share the library's posts; they do not answer in its name from personal accounts; political neutrality applies.",
                "Le personnel suit la charte médias sociaux de la ville : il peut partager les publications de la médiathèque ; il ne répond pas en son nom depuis ses comptes personnels ; la neutralité politique s'applique.",
            ),
            coverage_hours=say(
                "Tuesday to Saturday, 10:00–18:00 (opening hours)",
                "Du mardi au samedi, de 10 h à 18 h (heures d'ouverture)",
            ),
            offline_actions=say(
                "A readers' evening each quarter; e-reader workshops for seniors; a manga club with the secondary school",
                "Une soirée des lecteurs chaque trimestre ; des ateliers liseuse pour les seniors ; un club manga avec le collège",
            ),
        ),
        measurement=Measurement(
            kpis=[
                Kpi(
                    id="kpi-cards",
                    objective_id=o_cards.id,
                    name=say("Active card holders", "Titulaires de carte actifs"),
                    kind=MetricKind.business,
                    iab_stage=IabStage.action,
                    fry=Fry.reach,
                    source=say("Library system", "Système de gestion de la bibliothèque"),
                    baseline=1100,
                    target=1400,
                    unit=say("cards", "cartes"),
                    deadline=o_cards.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-seats",
                    objective_id=o_events.id,
                    name=say("Workshop seats booked", "Places d'atelier réservées"),
                    kind=MetricKind.business,
                    iab_stage=IabStage.appreciation,
                    fry=Fry.frequency,
                    source=say("Booking tool", "Outil de réservation"),
                    baseline=60,
                    target=85,
                    unit="%",
                    deadline=o_events.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-ebooks",
                    objective_id=o_ebooks.id,
                    name=say("E-book loans", "Prêts de livres numériques"),
                    kind=MetricKind.business,
                    iab_stage=IabStage.action,
                    fry=Fry.frequency,
                    source=say("E-book platform", "Plateforme de livres numériques"),
                    baseline=150,
                    target=300,
                    unit=say("loans/month", "prêts/mois"),
                    deadline=o_ebooks.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-reach",
                    objective_id=o_ebooks.id,
                    name=say(
                        "People reached by 'free with your card' posts",
                        "Personnes touchées par les publications « gratuit avec votre carte »",
                    ),
                    kind=MetricKind.media,
                    iab_stage=IabStage.awareness,
                    fry=Fry.reach,
                    source="Instagram, Facebook",
                    baseline=800,
                    target=5000,
                    unit=say("people/month", "personnes/mois"),
                    deadline=o_ebooks.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
            ],
            review_cycle=say(
                "A monthly dashboard to the director; a quarterly review with the town's communication department: keep, adapt, stop.",
                "Un tableau de bord mensuel à la directrice ; une revue trimestrielle avec le service communication de la ville : garder, adapter, arrêter.",
            ),
            review_frequency=ReportingFrequency.quarterly,
            roi=Roi(
                hourly_rate=30,
                financial_outcomes_per_year=0,
                non_financial_outcomes=say(
                    "More residents served, fuller workshops, digital services known and used",
                    "Plus d'habitants servis, des ateliers mieux remplis, des services numériques connus et utilisés",
                ),
            ),
            tracking_codes=[
                TrackingCode(
                    id="t1",
                    campaign=say("Online registration", "Inscription en ligne"),
                    channel="facebook",
                    code="utm_source=facebook&utm_campaign=inscription",
                ),
                TrackingCode(
                    id="t2",
                    campaign=say("E-books", "Livres numériques"),
                    channel="instagram",
                    code="utm_source=instagram&utm_campaign=numerique",
                ),
            ],
        ),
        maturity=Maturity(
            scores={
                Competency.strategy: 2,
                Competency.leadership: 2,
                Competency.culture: 2,
                Competency.community_management: 2,
                Competency.content: 2,
                Competency.governance: 3,
                Competency.tools: 2,
                Competency.measurement: 1,
            }
        ),
    )
