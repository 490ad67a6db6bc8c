"""An association with one community manager: a volunteer-run bike repair workshop."""

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

    g_volunteers = BusinessGoal(
        id="goal-volunteers",
        text=say(
            "Enough volunteers to open a second workshop", "Assez de bénévoles pour ouvrir un second atelier"
        ),
    )
    g_repairs = BusinessGoal(
        id="goal-repairs",
        text=say(
            "Repair more bikes for people on low incomes",
            "Réparer plus de vélos pour les personnes à faibles revenus",
        ),
    )
    g_funding = BusinessGoal(
        id="goal-funding",
        text=say("Depend less on the city's grant", "Dépendre moins de la subvention de la ville"),
    )

    f_students = Finding(
        id="f-students",
        text=say(
            "Students ask in the campus Facebook group where to fix a bike cheaply",
            "Des étudiants demandent dans le groupe Facebook du campus où réparer un vélo pour pas cher",
        ),
        source="Facebook",
    )
    f_volunteers = Finding(
        id="f-volunteers",
        text=say(
            "Retired people comment that they would help if they knew when",
            "Des retraités commentent qu'ils aideraient s'ils savaient quand",
        ),
        source="Facebook",
    )
    f_shops = Finding(
        id="f-shops",
        text=say(
            "Bike shops post repair offers on Instagram every week",
            "Les vélocistes publient des offres de réparation sur Instagram chaque semaine",
        ),
        source="Instagram",
    )
    f_companies = Finding(
        id="f-companies",
        text=say(
            "Local companies post about 'sustainable mobility' on LinkedIn but name no partner",
            "Des entreprises locales parlent de « mobilité durable » sur LinkedIn sans citer de partenaire",
        ),
        source="LinkedIn",
    )

    o_volunteers = Objective(
        id="obj-volunteers",
        statement=say(
            "Recruit 30 new volunteers through our social channels",
            "Recruter 30 nouveaux bénévoles via nos canaux sociaux",
        ),
        business_goal_id=g_volunteers.id,
        metric=say(
            "volunteer sign-ups from the tracked form link",
            "inscriptions de bénévoles via le lien suivi du formulaire",
        ),
        baseline=4,
        target=30,
        unit=say("volunteers", "bénévoles"),
        deadline=months_after(launch, 6),
        horizon=Horizon.short,
        department=Department.hr,
        iab_stage=IabStage.action,
    )
    o_repairs = Objective(
        id="obj-repairs",
        statement=say(
            "Raise workshop repairs from 60 to 90 a month",
            "Passer de 60 à 90 réparations par mois à l'atelier",
        ),
        business_goal_id=g_repairs.id,
        metric=say("bikes repaired a month", "vélos réparés par mois"),
        baseline=60,
        target=90,
        unit=say("repairs/month", "réparations/mois"),
        deadline=months_after(launch, 9),
        horizon=Horizon.medium,
        department=Department.customer_service,
        iab_stage=IabStage.appreciation,
    )
    o_partners = Objective(
        id="obj-partners",
        statement=say(
            "Sign 2 partner companies for repair days at their premises",
            "Signer avec 2 entreprises partenaires pour des journées réparation dans leurs locaux",
        ),
        business_goal_id=g_funding.id,
        metric=say("signed partnerships", "partenariats signés"),
        baseline=0,
        target=2,
        unit=say("partners", "partenaires"),
        deadline=months_after(launch, 12),
        horizon=Horizon.long,
        department=Department.corporate,
        iab_stage=IabStage.advocacy,
    )

    volunteer = Persona(
        id="p-volunteer",
        name=say("Would-be volunteer", "Futur bénévole"),
        socio_demographic=say(
            "Retired people and students who like tinkering", "Retraités et étudiants qui aiment bricoler"
        ),
        geographic=say("Within 20 minutes by bike", "À moins de 20 minutes à vélo"),
        technological=say(
            "Smartphone; retired people also on a computer", "Smartphone ; les retraités aussi sur ordinateur"
        ),
        contexts_of_use=say(
            "At home in the evening; on the campus between classes",
            "À la maison le soir ; sur le campus entre deux cours",
        ),
        expectations=say(
            "Know when and where to help, and feel useful", "Savoir quand et où aider, et se sentir utile"
        ),
        value_offered=say(
            "A friendly team, new skills, a monthly volunteers' evening",
            "Une équipe sympathique, de nouvelles compétences, une soirée des bénévoles chaque mois",
        ),
        platforms=["facebook", "whatsapp", "instagram"],
        influencers_followed=say(
            "The neighbourhood council, the campus student union",
            "Le conseil de quartier, le syndicat étudiant du campus",
        ),
        priority=Level.high,
    )
    cyclist = Persona(
        id="p-cyclist",
        name=say("Cyclist on a tight budget", "Cycliste au budget serré"),
        socio_demographic=say(
            "Students and low-income workers, 18–40", "Étudiants et travailleurs à faibles revenus, 18–40 ans"
        ),
        geographic=say("The city centre and the campus", "Le centre-ville et le campus"),
        technological=say("Smartphone only, limited data plan", "Smartphone seulement, forfait limité"),
        contexts_of_use=say(
            "On the move, when the bike breaks down", "En déplacement, quand le vélo tombe en panne"
        ),
        expectations=say(
            "A cheap, quick repair and learning to do it",
            "Une réparation rapide et peu chère, et apprendre à la faire",
        ),
        value_offered=say(
            "Repairs at cost price, tutorials, opening hours that fit students",
            "Réparations à prix coûtant, tutoriels, horaires adaptés aux étudiants",
        ),
        platforms=["instagram", "facebook"],
        influencers_followed=say(
            "Campus associations, local cycling accounts", "Associations du campus, comptes vélo locaux"
        ),
        priority=Level.high,
    )
    partner = Persona(
        id="p-partner",
        name=say("Local company or funder", "Entreprise ou financeur local"),
        socio_demographic=say(
            "HR and CSR managers, city officials", "Responsables RH et RSE, élus et agents de la ville"
        ),
        geographic=say("The metropolitan area", "La métropole"),
        technological=say("Computer at the office", "Ordinateur au bureau"),
        contexts_of_use=say(
            "Office hours, reading newsletters and LinkedIn",
            "Heures de bureau, lecture des infolettres et de LinkedIn",
        ),
        expectations=say(
            "Proof of impact, a simple way to take part",
            "Des preuves d'impact, une façon simple de participer",
        ),
        value_offered=say(
            "Repair days for their staff, figures on impact, visibility",
            "Des journées réparation pour leurs salariés, des chiffres d'impact, de la visibilité",
        ),
        platforms=["linkedin", "newsletter"],
        influencers_followed=say("The local business club", "Le club d'entreprises local"),
        priority=Level.medium,
    )

    return Strategy(
        meta=Meta(title=say("Social media strategy", "Stratégie médias sociaux"), author="Inès Diallo"),
        organisation=Organisation(
            name="Vélo Solidaire",
            kind=OrgKind.association,
            sector=say("Community bike repair workshop", "Atelier associatif de réparation de vélos"),
            mission=say(
                "Help everyone ride a safe bike by repairing together and teaching repairs",
                "Permettre à chacun de rouler sur un vélo sûr, en réparant ensemble et en apprenant à réparer",
            ),
            values=say("Solidarity, learning by doing, reuse", "Solidarité, apprendre en faisant, réemploi"),
            business_goals=[g_volunteers, g_repairs, g_funding],
            internal_constraints=say(
                "One community manager on a part-time contract; the board approves partnerships; volunteers are not trained to answer online",
                "Une chargée de communauté à temps partiel ; le bureau valide les partenariats ; les bénévoles ne sont pas formés à répondre en ligne",
            ),
            hours_per_week=8,
            budget_per_year=1200,
            currency="EUR",
            management_buy_in=BuyIn.full,
            digital_heritage=say(
                "A Facebook page since 2016 with 1,400 followers; an Instagram account opened in 2022 and rarely used; a monthly newsletter to members",
                "Une page Facebook depuis 2016 avec 1 400 abonnés ; un compte Instagram ouvert en 2022 et peu utilisé ; une infolettre mensuelle aux adhérents",
            ),
            accounts=[
                Account(
                    id="acc-fb",
                    platform="facebook",
                    address="facebook.com/velosolidaire",
                    followers=1400,
                    activity=Activity.active,
                    notes=say("Events and opening hours", "Événements et horaires"),
                ),
                Account(
                    id="acc-ig",
                    platform="instagram",
                    address="instagram.com/velosolidaire",
                    followers=380,
                    activity=Activity.occasional,
                    notes=say("A few photos a month", "Quelques photos par mois"),
                ),
                Account(
                    id="acc-nl",
                    platform="newsletter",
                    address=say("Members' list (620 addresses)", "Liste des adhérents (620 adresses)"),
                    followers=620,
                    activity=Activity.active,
                    notes=say("Monthly", "Mensuelle"),
                ),
            ],
        ),
        listening=Listening(
            keywords=[
                Keyword(id="k1", term="Vélo Solidaire", category=KeywordCategory.brand),
                Keyword(
                    id="k2", term=say("bike repair", "réparation vélo"), category=KeywordCategory.product
                ),
                Keyword(id="k3", term=say("volunteering", "bénévolat"), category=KeywordCategory.sector),
                Keyword(id="k4", term="Cycles Martin", category=KeywordCategory.competitor),
            ],
            tools=say(
                "Facebook and Instagram searches, Google Alerts, the campus groups; every Friday, 30 minutes",
                "Recherches Facebook et Instagram, alertes Google, les groupes du campus ; chaque vendredi, 30 minutes",
            ),
            places=[
                Place(
                    id="pl1",
                    name=say("Campus Facebook group", "Groupe Facebook du campus"),
                    address="facebook.com/groups",
                    relevance=Level.high,
                    tone=Tone.neutral,
                    notes=say("Students ask for help", "Les étudiants demandent de l'aide"),
                ),
                Place(
                    id="pl2",
                    name=say("Neighbourhood WhatsApp groups", "Groupes WhatsApp du quartier"),
                    address="WhatsApp",
                    relevance=Level.medium,
                    tone=Tone.positive,
                    notes=say("Word of mouth", "Bouche-à-oreille"),
                ),
                Place(
                    id="pl3",
                    name=say(
                        "LinkedIn posts on sustainable mobility",
                        "Publications LinkedIn sur la mobilité durable",
                    ),
                    address="linkedin.com",
                    relevance=Level.medium,
                    tone=Tone.positive,
                    notes=say("Companies looking for projects", "Des entreprises cherchent des projets"),
                ),
            ],
            sentiment=Sentiment(positive=78, neutral=18, negative=4),
            competitors=[
                Competitor(
                    id="c1",
                    name="Cycles Martin",
                    platforms=["instagram", "google_business"],
                    audience=say("Commuters", "Vélotafeurs"),
                    what_works=say(
                        "Weekly repair offers with prices", "Offres de réparation hebdomadaires avec prix"
                    ),
                ),
                Competitor(
                    id="c2",
                    name=say("The city's bike rental scheme", "Le service de location de vélos de la ville"),
                    platforms=["facebook", "x"],
                    audience=say("All residents", "Tous les habitants"),
                    what_works=say("Clear service updates", "Des informations de service claires"),
                ),
            ],
            influencers=[
                Influencer(
                    id="i1",
                    name=say("Campus student union", "Syndicat étudiant du campus"),
                    platform="instagram",
                    audience=say("5,000 students", "5 000 étudiants"),
                    topics=say("Student life, cheap tips", "Vie étudiante, bons plans"),
                    relationship=say(
                        "Co-host a repair day at the start of term",
                        "Co-organiser une journée réparation à la rentrée",
                    ),
                ),
                Influencer(
                    id="i2",
                    name=say("Neighbourhood council", "Conseil de quartier"),
                    platform="facebook",
                    audience=say("2,000 residents", "2 000 habitants"),
                    topics=say("Local life", "Vie locale"),
                    relationship=say("Share our volunteer calls", "Relayer nos appels à bénévoles"),
                ),
            ],
            findings=[f_students, f_volunteers, f_shops, f_companies],
        ),
        swot=Swot(
            items=[
                SwotItem(
                    id="s1",
                    quadrant=Quadrant.strength,
                    text=say(
                        "A warm, loyal Facebook community", "Une communauté Facebook chaleureuse et fidèle"
                    ),
                    impact=Level.high,
                    finding_id=f_volunteers.id,
                ),
                SwotItem(
                    id="s2",
                    quadrant=Quadrant.strength,
                    text=say(
                        "Know-how worth sharing as tutorials", "Un savoir-faire à partager en tutoriels"
                    ),
                    impact=Level.medium,
                    finding_id=f_students.id,
                ),
                SwotItem(
                    id="w1",
                    quadrant=Quadrant.weakness,
                    text=say(
                        "Opening hours and volunteer needs are not published",
                        "Les horaires et les besoins en bénévoles ne sont pas publiés",
                    ),
                    impact=Level.high,
                    finding_id=f_volunteers.id,
                ),
                SwotItem(
                    id="w2",
                    quadrant=Quadrant.weakness,
                    text=say(
                        "A weak Instagram presence where students are",
                        "Une faible présence sur Instagram, là où sont les étudiants",
                    ),
                    impact=Level.medium,
                    finding_id=f_shops.id,
                ),
                SwotItem(
                    id="o1",
                    quadrant=Quadrant.opportunity,
                    text=say(
                        "Students look for cheap repairs online",
                        "Les étudiants cherchent des réparations peu chères en ligne",
                    ),
                    impact=Level.high,
                    finding_id=f_students.id,
                ),
                SwotItem(
                    id="o2",
                    quadrant=Quadrant.opportunity,
                    text=say(
                        "Companies want sustainable-mobility partners",
                        "Les entreprises cherchent des partenaires en mobilité durable",
                    ),
                    impact=Level.medium,
                    finding_id=f_companies.id,
                ),
                SwotItem(
                    id="t1",
                    quadrant=Quadrant.threat,
                    text=say(
                        "Bike shops' promotions look cheaper at first sight",
                        "Les promotions des vélocistes paraissent moins chères au premier regard",
                    ),
                    impact=Level.low,
                    finding_id=f_shops.id,
                ),
                SwotItem(
                    id="t2",
                    quadrant=Quadrant.threat,
                    text=say(
                        "Volunteers may leave if they feel unneeded",
                        "Les bénévoles peuvent partir s'ils se sentent inutiles",
                    ),
                    impact=Level.medium,
                    finding_id=f_volunteers.id,
                ),
            ],
            so_strategy=say(
                "Turn repairs into short tutorials for students, shared with the student union",
                "Transformer les réparations en courts tutoriels pour les étudiants, relayés par le syndicat étudiant",
            ),
            wo_strategy=say(
                "Publish the week's opening hours and volunteer slots every Monday",
                "Publier chaque lundi les horaires et les créneaux bénévoles de la semaine",
            ),
            st_strategy=say(
                "Explain that members repair at cost price and learn to do it",
                "Expliquer qu'à l'atelier on répare à prix coûtant et qu'on apprend à le faire",
            ),
            wt_strategy=say(
                "Thank volunteers publicly and often, with their permission",
                "Remercier les bénévoles publiquement et souvent, avec leur accord",
            ),
        ),
        objectives=[o_volunteers, o_repairs, o_partners],
        personas=[volunteer, cyclist, partner],
        channels=Channels(
            plans=[
                ChannelPlan(
                    id="ch-facebook",
                    platform="facebook",
                    chosen=True,
                    mission=say(
                        "Gather volunteers and neighbours around the workshop's life",
                        "Rassembler bénévoles et voisins autour de la vie de l'atelier",
                    ),
                    objective_ids=[o_volunteers.id, o_repairs.id],
                    persona_ids=[volunteer.id, cyclist.id],
                    content_types=say(
                        "Opening hours, volunteer calls, events, thanks",
                        "Horaires, appels à bénévoles, événements, remerciements",
                    ),
                    tone=say("Friendly, inclusive", "Amical, inclusif"),
                    posts_per_week=3,
                    minutes_per_post=20,
                    owner="Inès",
                ),
                ChannelPlan(
                    id="ch-instagram",
                    platform="instagram",
                    chosen=True,
                    mission=say(
                        "Show students that fixing a bike is easy and cheap here",
                        "Montrer aux étudiants qu'ici, réparer un vélo est simple et peu cher",
                    ),
                    objective_ids=[o_repairs.id, o_volunteers.id],
                    persona_ids=[cyclist.id, volunteer.id],
                    content_types=say(
                        "30-second repair tutorials, before/after photos",
                        "Tutoriels de réparation de 30 secondes, photos avant/après",
                    ),
                    tone=say("Lively, practical", "Vivant, pratique"),
                    posts_per_week=3,
                    minutes_per_post=25,
                    owner="Inès",
                ),
                ChannelPlan(
                    id="ch-newsletter",
                    platform="newsletter",
                    chosen=True,
                    mission=say(
                        "Show members and partners the impact, and invite them to act",
                        "Montrer l'impact aux adhérents et aux partenaires, et les inviter à agir",
                    ),
                    objective_ids=[o_partners.id, o_volunteers.id],
                    persona_ids=[partner.id, volunteer.id],
                    content_types=say(
                        "Monthly figures, a volunteer portrait, partnership offers",
                        "Chiffres du mois, portrait de bénévole, offres de partenariat",
                    ),
                    tone=say("Warm and factual", "Chaleureux et factuel"),
                    posts_per_week=0.25,
                    minutes_per_post=120,
                    owner="Inès",
                ),
                ChannelPlan(
                    id="ch-linkedin",
                    platform="linkedin",
                    chosen=False,
                    mission=say(
                        "Later: reach CSR managers directly",
                        "Plus tard : toucher directement les responsables RSE",
                    ),
                    objective_ids=[o_partners.id],
                    persona_ids=[partner.id],
                    content_types=say("Impact reports", "Bilans d'impact"),
                    tone=say("Professional", "Professionnel"),
                    posts_per_week=1,
                    minutes_per_post=30,
                    owner=say("The president", "Le président"),
                ),
            ],
            editorial=EditorialLine(
                positioning=say(
                    "The workshop where you fix your bike yourself, with help: cheaper, greener, and you learn",
                    "L'atelier où l'on répare son vélo soi-même, avec de l'aide : moins cher, plus écologique, et on apprend",
                ),
                voice=say(
                    "Friendly and inclusive; we say 'you'; no jargon without an explanation",
                    "Amicale et inclusive ; on tutoie ; pas de jargon sans explication",
                ),
                pillars=say(
                    "Repair tips; the people of the workshop; impact figures; the week's opening hours",
                    "Astuces de réparation ; les gens de l'atelier ; chiffres d'impact ; horaires de la semaine",
                ),
                hot_content=say(
                    "This week's slots, a bike saved today, the start of term",
                    "Les créneaux de la semaine, un vélo sauvé aujourd'hui, la rentrée",
                ),
                cold_content=say(
                    "Tutorials (puncture, brakes, chain), volunteer portraits, the yearly impact report",
                    "Tutoriels (crevaison, freins, chaîne), portraits de bénévoles, bilan annuel d'impact",
                ),
            ),
            visibility_levers=say(
                "Posters on campus with a QR code; the student union shares our tutorials; a stand at the city's mobility week",
                "Affiches sur le campus avec QR code ; le syndicat étudiant relaie nos tutoriels ; un stand à la semaine de la mobilité de la ville",
            ),
            launch_date=launch,
        ),
        engagement=Engagement(
            roles=[
                RoleAssignment(id="r1", hat=Hat.storyteller, person="Inès"),
                RoleAssignment(id="r2", hat=Hat.connector, person="Inès"),
                RoleAssignment(
                    id="r3",
                    hat=Hat.teacher,
                    person=say("Workshop volunteers (tutorials)", "Bénévoles de l'atelier (tutoriels)"),
                ),
                RoleAssignment(id="r4", hat=Hat.ambassador, person=say("The president", "Le président")),
            ],
            spokespeople=say(
                "Inès for everyday answers; the president for partnerships, the press and any crisis",
                "Inès pour les réponses courantes ; le président pour les partenariats, la presse et toute crise",
            ),
            response_time_hours=8,
            moderation_charter=say(
                "This is a friendly space about bikes and repairs. Disagreement and criticism are welcome and answered. Insults, harassment, discrimination, spam and sales posts are removed, and we say why. Personal details go in private messages.",
                "Cet espace est convivial et parle de vélos et de réparation. Les désaccords et les critiques sont bienvenus et reçoivent une réponse. Les insultes, le harcèlement, les propos discriminatoires, le spam et les annonces commerciales sont retirés, et nous disons pourquoi. Les informations personnelles passent en message privé.",
            ),
            response_matrix=[
                ResponseRule(
                    id="m1",
                    kind=MessageKind.question,
                    action=say(
                        "Answer with the hours or a tutorial link",
                        "Répondre avec les horaires ou un lien vers un tutoriel",
                    ),
                    who="Inès",
                    max_hours=8,
                ),
                ResponseRule(
                    id="m2",
                    kind=MessageKind.complaint,
                    action=say(
                        "Thank, apologise if due, invite to the workshop",
                        "Remercier, s'excuser si besoin, inviter à l'atelier",
                    ),
                    who="Inès",
                    max_hours=8,
                ),
                ResponseRule(
                    id="m3",
                    kind=MessageKind.praise,
                    action=say(
                        "Thank and share with the volunteers", "Remercier et partager avec les bénévoles"
                    ),
                    who="Inès",
                    max_hours=24,
                ),
                ResponseRule(
                    id="m4",
                    kind=MessageKind.troll,
                    action=say(
                        "One factual answer, then apply the charter",
                        "Une réponse factuelle, puis appliquer la charte",
                    ),
                    who="Inès",
                    max_hours=24,
                ),
                ResponseRule(
                    id="m5",
                    kind=MessageKind.crisis,
                    action=say(
                        "Alert the president, pause posts, answer within the hour",
                        "Alerter le président, suspendre les publications, répondre dans l'heure",
                    ),
                    who=say("The president", "Le président"),
                    max_hours=1,
                ),
            ],
            escalation_path=say("Inès → the president → the board", "Inès → le président → le bureau"),
            crisis_plan=say(
                "An accident after a repair, or a conflict between volunteers made public: the president is called at once; scheduled posts are paused; one factual message within the hour; the insurer is told; a follow-up once resolved.",
                "Un accident après une réparation, ou un conflit entre bénévoles rendu public : le président est appelé aussitôt ; les publications programmées sont suspendues ; un message factuel dans l'heure ; l'assureur est prévenu ; un suivi une fois réglé.",
            ),
            staff_policy=say(
                "Volunteers may share the association's posts and say they help there; only Inès and the president answer in its name; no photo of a person without consent.",
                "Les bénévoles peuvent partager les publications de l'association et dire qu'ils y participent ; seuls Inès et le président répondent en son nom ; aucune photo d'une personne sans son accord.",
            ),
            coverage_hours=say("Tuesday to Saturday, 10:00–18:00", "Du mardi au samedi, de 10 h à 18 h"),
            offline_actions=say(
                "A monthly volunteers' evening; repair days at partner companies; a stand at the start of the university year",
                "Une soirée des bénévoles chaque mois ; des journées réparation chez les entreprises partenaires ; un stand à la rentrée universitaire",
            ),
        ),
        measurement=Measurement(
            kpis=[
                Kpi(
                    id="kpi-signups",
                    objective_id=o_volunteers.id,
                    name=say(
                        "Volunteer sign-ups from social links",
                        "Inscriptions de bénévoles via les liens sociaux",
                    ),
                    kind=MetricKind.business,
                    iab_stage=IabStage.action,
                    fry=Fry.reach,
                    source=say(
                        "Sign-up form with tracked links", "Formulaire d'inscription avec liens suivis"
                    ),
                    baseline=4,
                    target=30,
                    unit=say("volunteers", "bénévoles"),
                    deadline=o_volunteers.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-repairs",
                    objective_id=o_repairs.id,
                    name=say("Bikes repaired a month", "Vélos réparés par mois"),
                    kind=MetricKind.business,
                    iab_stage=IabStage.appreciation,
                    fry=Fry.frequency,
                    source=say("Workshop register", "Registre de l'atelier"),
                    baseline=60,
                    target=90,
                    unit=say("repairs/month", "réparations/mois"),
                    deadline=o_repairs.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-tutorial-saves",
                    objective_id=o_repairs.id,
                    name=say("Tutorial saves on Instagram", "Enregistrements des tutoriels sur Instagram"),
                    kind=MetricKind.media,
                    iab_stage=IabStage.appreciation,
                    fry=Fry.reach,
                    source="Instagram",
                    baseline=10,
                    target=150,
                    unit=say("saves/month", "enregistrements/mois"),
                    deadline=o_repairs.deadline,
                    frequency=ReportingFrequency.monthly,
                ),
                Kpi(
                    id="kpi-partners",
                    objective_id=o_partners.id,
                    name=say("Signed partner companies", "Entreprises partenaires signées"),
                    kind=MetricKind.business,
                    iab_stage=IabStage.advocacy,
                    fry=Fry.yield_,
                    source=say("Board minutes", "Comptes rendus du bureau"),
                    baseline=0,
                    target=2,
                    unit=say("partners", "partenaires"),
                    deadline=o_partners.deadline,
                    frequency=ReportingFrequency.quarterly,
                ),
            ],
            review_cycle=say(
                "Every month Inès reports the KPIs to the board in one page; each quarter the board keeps, changes or drops one action.",
                "Chaque mois, Inès présente les indicateurs au bureau sur une page ; chaque trimestre, le bureau garde, modifie ou abandonne une action.",
            ),
            review_frequency=ReportingFrequency.monthly,
            roi=Roi(
                hourly_rate=22,
                financial_outcomes_per_year=12000,
                non_financial_outcomes=say(
                    "More volunteers and repairs, stronger ties with the campus and the city",
                    "Plus de bénévoles et de réparations, des liens plus forts avec le campus et la ville",
                ),
            ),
            tracking_codes=[
                TrackingCode(
                    id="t1",
                    campaign=say("Volunteer call", "Appel à bénévoles"),
                    channel="facebook",
                    code="utm_source=facebook&utm_campaign=benevoles",
                ),
                TrackingCode(
                    id="t2",
                    campaign=say("Volunteer call", "Appel à bénévoles"),
                    channel="instagram",
                    code="utm_source=instagram&utm_campaign=benevoles",
                ),
            ],
        ),
        maturity=Maturity(
            scores={
                Competency.strategy: 2,
                Competency.leadership: 3,
                Competency.culture: 3,
                Competency.community_management: 3,
                Competency.content: 2,
                Competency.governance: 2,
                Competency.tools: 1,
                Competency.measurement: 2,
            }
        ),
    )
