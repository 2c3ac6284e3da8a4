"""Is it a press release? The evidence codes, each shown present and absent, and whole texts.

Every text here is written for the test. A web page captured without its header (no document
type, no dateline, no contact) is still a release when it speaks with its issuer's voice; a
news article about a release, a speech, a glossary page and a press-room index are not,
whatever release words they hold.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique import parse
from communique.extract.classify import THRESHOLD, WEIGHTS
from communique.french import cues
from communique.french.vocabulary import council_session_title

from . import strategies as gs
from .conftest import ROOT

classify = importlib.import_module("communique.extract.classify")  # the step's module

# -- one code at a time: (code, a text with the cue, a near miss without it) -------------------

CASES = [
    pytest.param(
        "pleased-to-announce",
        "La fédération régionale des CUMA a le plaisir de vous annoncer l'ouverture de son "
        "nouveau centre de formation à Mâcon.",
        "« Nous avons eu le plaisir de rencontrer les agriculteurs », raconte l'éleveur.",
        id="pleased-to-announce",
    ),
    pytest.param(
        "pleased-to-announce",
        "Le groupe Lumex est fier d’annoncer l’acquisition de la société Optiline.",
        "Le maire est fier de son bilan et le dit à qui veut l'entendre.",
        id="pleased-to-announce-pride",
    ),
    pytest.param(
        "pleased-to-announce",
        "L'association Horizons a fièrement annoncé la sortie de son guide 2024.",
        "Le coureur a fièrement brandi sa médaille à l'arrivée.",
        id="pleased-to-announce-adverb",
    ),
    pytest.param(
        "press-invitation",
        "Les journalistes sont cordialement invités à la visite du chantier.",
        "Les journalistes ont posé de nombreuses questions au ministre.",
        id="press-invitation",
    ),
    pytest.param(
        "press-invitation",
        "Accréditation obligatoire avant le 3 mai. Merci de bien vouloir confirmer votre "
        "présence auprès du service de presse.",
        "L'accréditation de l'organisme a été renouvelée pour cinq ans.",
        id="press-invitation-accreditation",
    ),
    pytest.param(
        "press-conference-ahead",
        "Un point presse se tiendra à 11 h 30 dans les salons de la préfecture.",
        "Lors de la conférence de presse de lundi, le directeur a présenté les résultats.",
        id="press-conference-ahead",
    ),
    pytest.param(
        "event-details",
        "La remise des prix aura lieu à Nantes.\nLieu : Cité des congrès, 5 rue de Valmy\n",
        "Le choix du lieu n'est pas encore arrêté par les organisateurs.\n",
        id="event-details-label",
    ),
    pytest.param(
        "event-details",
        "Le forum ouvrira le mardi 12 mars 2024 de 9h30 à 17h au parc des expositions.",
        "Le forum s'est tenu le 12 mars 2024 au parc des expositions.",
        id="event-details-slot",
    ),
    pytest.param(
        "official-name-style",
        "La convention a été signée par Hélène MARCHAND, préfète de la Vienne.",
        "La convention a été signée par Hélène Marchand, préfète de la Vienne.",
        id="official-name-style-capitals",
    ),
    pytest.param(
        "official-name-style",
        "« Ce label récompense dix ans d'efforts », souligne Marc Lefèvre, Président du cluster.",
        "« Ce label récompense dix ans d'efforts », souligne Marc Lefèvre, président du cluster.",
        id="official-name-style-office",
    ),
    pytest.param(
        "official-name-style",
        "Le décret a été signé par Anne Roux, Directrice générale de l'agence.",
        "Emmanuel Macron, Président de la République, a inauguré le salon.",
        id="official-name-style-head-of-state",
    ),
    pytest.param(
        "administrative-today",
        "Le préfet a signé ce jour l'arrêté portant fermeture de la route départementale.",
        "À ce jour, aucun dossier n'a été déposé ; ce jour-là, il pleuvait.",
        id="administrative-today",
    ),
    pytest.param(
        "announcement-lead",
        "Le cluster Navalis lance un appel à projets consacré aux carburants marins, doté de "
        "deux millions d'euros.",
        "Depuis trois ans, le cluster Navalis lance des appels à projets consacrés aux "
        "carburants marins.",
        id="announcement-lead",
    ),
    pytest.param(
        "announcement-lead",
        "Les ministres chargés de l'industrie se félicitent du succès du dixième appel à "
        "projets, qui retient quarante dossiers.",
        "La présente note décrit les ministres chargés de l'industrie et leurs attributions "
        "successives.",
        id="announcement-lead-congratulates",
    ),
    pytest.param(
        "announcement-lead",
        "La société Ovalis a annoncé aujourd'hui l'acquisition de son concurrent belge Fluxar "
        "pour 40 millions d'euros.",
        "Le gouvernement a annoncé mardi un plan de soutien aux éleveurs touchés par la "
        "sécheresse.",
        id="announcement-lead-past",
    ),
    pytest.param(
        "news-reporting",
        "Le préfet a indiqué mardi que la route départementale resterait fermée.",
        "La région présente jeudi 4 juin son plan pour les lycées.",
        id="news-reporting",
    ),
    pytest.param(
        "cites-a-release",
        "Le groupe a confirmé la fermeture du site dans un communiqué publié mardi.",
        "Ce communiqué contient des déclarations prospectives.",
        id="cites-a-release",
    ),
    pytest.param(
        "cites-a-release",
        "« Le projet avance », précise un communiqué de la région.",
        "Le présent communiqué ne constitue pas une offre de titres.",
        id="cites-a-release-inverted",
    ),
    pytest.param(
        "cites-a-release",
        "Mardi, la Région a diffusé un communiqué au ton triomphal. Le communiqué ne précise "
        "pas l'origine des crédits.",
        "Le présent communiqué est publié en application de l'article 223-1 du règlement.",
        id="cites-a-release-discussed",
    ),
    pytest.param(
        "about-press-releases",
        "Le communiqué de presse est un document court destiné aux journalistes.",
        "Le communiqué de presse du ministère est disponible en ligne.",
        id="about-press-releases-definition",
    ),
    pytest.param(
        "about-press-releases",
        "Pour rédiger un bon communiqué, commencez par l'essentiel.",
        "Pour rédiger son rapport, le comité a entendu quarante témoins.",
        id="about-press-releases-how-to",
    ),
    pytest.param(
        "release-label",
        # "(Communiqué)" alone is now the header's document type; a label naming who
        # communicates is the header's no longer, and still a release's label.
        "Communiqué du maire\n\nLa mairie de Saint-Brévin informe les habitants que la "
        "collecte des déchets verts reprendra le 4 mars.\n",
        "Dans un communiqué, la mairie de Saint-Brévin a informé les habitants de la reprise "
        "de la collecte.\n",
        id="release-label",
    ),
    pytest.param(
        "release-label",
        "Communiqué de la société Ardent du 12/03/2024 – Ardent conclut un accord de "
        "financement de 20 M EUR.\n",
        "Communiqués de presse\n\nRetrouvez les actualités de la société Ardent.\n",
        id="release-label-wire-portal",
    ),
    pytest.param(
        "placeholder-text",
        "« Notre croissance est solide », explique Jean Roux, ________ de la société Ardent.",
        "Le rapport annuel est en ligne.\n\n__________\n\nMentions légales",
        id="placeholder-text-blank",
    ),
    pytest.param(
        "placeholder-text",
        "[INSÉRER LE TITRE]\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n",
        # a page builder's default block left on a published post: residue, no template
        "I am text block. Click edit button to change this text. Lorem ipsum dolor sit amet, "
        "consectetur adipiscing elit.\n\nLa piscine municipale fermera pour travaux.\n",
        id="placeholder-text-builder-residue",
    ),
    pytest.param(
        "quoted-in-present",
        "« Ce site change la vie du quartier », souligne Marc Lefèvre, maire de Ronchin.",
        "« Ce site change la vie du quartier », a souligné Marc Lefèvre, maire de Ronchin.",
        id="quoted-in-present",
    ),
    pytest.param(
        "event-ahead",
        "La remise des trophées se tiendra au théâtre municipal.",
        "La remise des trophées s'est tenue au théâtre municipal.",
        id="event-ahead",
    ),
    pytest.param(
        "future-announcements",
        "Le salon accueillera deux cents exposants et proposera des ateliers aux visiteurs.",
        "Le salon a accueilli deux cents exposants et proposé des ateliers ; une caméra filmait.",
        id="future-announcements",
    ),
    pytest.param(
        "issuer-we",
        "Nous lançons cette année un programme de mentorat pour les jeunes artisans.",
        "Nous avons rencontré des artisans inquiets pour leur avenir.",
        id="issuer-we",
    ),
    pytest.param(
        "further-information",
        "Le guide est disponible en mairie. Pour en savoir plus : www.ronchin.example",
        "Le guide est disponible en mairie depuis le mois dernier.",
        id="further-information",
    ),
    pytest.param(
        "today-announcement",
        "Le ministre a procédé, aujourd'hui, à la nomination de deux sous-préfets.",
        "Le ministre a procédé mardi à la nomination de deux sous-préfets.",
        id="today-announcement",
    ),
    pytest.param(
        "version-release",
        "La communauté Bastion annonce la sortie de la version 4.2 de son pare-feu libre.",
        "La version originale du film est projetée en salle 3.",
        id="version-release",
    ),
    pytest.param(
        "council-of-ministers",
        "Au titre du Ministère de l'Agriculture ;\nLe Conseil a adopté un décret portant "
        "organisation des marchés ruraux.",
        "Le conseil municipal de Ronchin examinera le budget lors de sa séance.",
        id="council-of-ministers",
    ),
    pytest.param(
        "investor-relations",
        "Prochain rendez-vous financier : chiffre d'affaires annuel, le 12 février 2025.\n"
        "Code ISIN : FR0000000000",
        "Le cours de l'action a progressé de 4 % à la Bourse de Paris.",
        id="investor-relations",
    ),
    pytest.param(
        "wire-credit",
        "QUÉBEC, le 4 mars 2024 /CNW Telbec/ - Le ministre annonce un investissement.",
        "QUÉBEC, le 4 mars 2024 - Le ministre a évoqué les télécommunications (CNW).",
        id="wire-credit",
    ),
    pytest.param(
        "end-of-release",
        "La Société n'émettra pas d'autre commentaire.\n-30-\nSource : Ardent\n",
        "Le thermomètre affichait -30 degrés à l'aube.\n",
        id="end-of-release",
    ),
    pytest.param(
        "notes-to-editors",
        "La collecte reprend lundi.\n\nNote aux rédactions : des photos sont disponibles.\n",
        "La collecte reprend lundi ; la note de service a été affichée en mairie.\n",
        id="notes-to-editors",
    ),
    pytest.param(
        "press-contact-label",
        "La collecte reprend lundi.\n\nRelations presse\n\nService communication de la ville\n",
        "La collecte reprend lundi ; les relations presse de la ville ont été réorganisées.\n",
        id="press-contact-label",
    ),
    pytest.param(
        "news-site-furniture",
        "Économie\nArticle réservé aux abonnés\nLa région investit 40 millions dans ses lycées.",
        "La lecture publique progresse : les médiathèques comptent 3 000 abonnés.",
        id="news-site-furniture",
    ),
    pytest.param(
        "reply-quoting",
        "Re: Communiqué de presse\n\nLe Tue, 12 Oct 2004 09:14:27 +0200\nCatherine Roux "
        "<c.roux@gll.example.org> a écrit :\n\n> COMMUNIQUE DE PRESSE\n>\n> L'association "
        "ouvre un cyber-relais.\n\n"
        "Bravo à toute l'équipe !\n",
        # a release quoting a letter over a block quotation
        "# La Région écrit au ministre\n\nLa présidente a écrit :\n\n> Nous demandons le "
        "maintien des lignes.\n> Nous attendons votre réponse.\n",
        id="reply-quoting",
    ),
    pytest.param(
        "journalist-inquiry",
        "Contactée par nos soins, la direction n'a pas souhaité s'exprimer sur les licenciements.",
        "La direction a pris contact avec les représentants du personnel.",
        id="journalist-inquiry",
    ),
    pytest.param(
        "news-agency-credit",
        "(AFP) – Le préfet a fermé la route départementale après l'éboulement.",
        "PARIS--(BUSINESS WIRE)--Ardent annonce l'acquisition d'Optiline.",
        id="news-agency-credit",
    ),
    pytest.param(
        "newsletter",
        "L'Infolettre du réseau – Édition du 10 février 2022\n\nDans ce numéro : budget, agenda",
        "Le magazine paraît demain. Dans ce numéro, les lecteurs découvrent les grands fonds.",
        id="newsletter",
    ),
    pytest.param(
        "tender-notice",
        "Marché de relations presse\n\nPouvoir adjudicateur : l'agglomération\n\n"
        "Critères d'attribution des offres : prix 40 %",
        "La Région a revu les critères d'attribution de ses aides au logement étudiant.",
        id="tender-notice",
    ),
    pytest.param(
        "job-offer",
        "Offre d'emploi – Consultant(e) relations presse\n\nType de contrat : CDI\n",
        "L'entreprise annonce 40 postes à pourvoir dans sa nouvelle usine de Dunkerque.\n",
        id="job-offer",
    ),
    pytest.param(
        "legal-act",
        "Vu le code de la route ;\nConsidérant que la chaussée est dégradée ;\nARRÊTE :\n",
        "Le préfet a signé un arrêté.\nArticle 1er : le lavage des véhicules est interdit.\n"
        "Considérant que le niveau des nappes est au plus bas, le préfet appelle au civisme.\n",
        id="legal-act",
    ),
    pytest.param(
        "legal-act",
        "MOTION N° 3\n\nLe 41e congrès de la fédération,\n\nCONSIDÉRANT que les dotations "
        "baissent ;\n\nAFFIRME que les services publics sont un bien commun ;\n\nMANDATE la "
        "direction fédérale pour exiger l'abandon de la baisse.\n",
        # a union's release reporting its motion in its own words
        "Le congrès a adopté une motion qui demande l'abandon de la baisse des dotations et "
        "affirme que les services publics sont un bien commun.\n",
        id="legal-act-motion",
    ),
    pytest.param(
        "schedule",
        "".join(f"{h:02d}h00 – {h:02d}h45   Atelier {h}\n" for h in range(9, 16)),
        "10h00 : accueil\n10h30 : visite du chantier\n11h30 : point presse\n",
        id="schedule",
    ),
    pytest.param(
        "informs-the-public",
        "La préfète du Nord informe les usagers que la route départementale 916 sera fermée.",
        "Le site informe sur les horaires des déchetteries de la métropole.",
        id="informs-the-public",
    ),
    pytest.param(
        "cites-a-release",
        "La préfecture a enfin publié son communiqué sur la fermeture de la route.",
        "La préfecture publiera son bilan de la saison à la fin du mois.",
        id="cites-a-release-when-sent",
    ),
    pytest.param(
        "cites-a-release",
        "Le communiqué n'en parle pas, et la Région ne nous a rien annoncé.",
        "Le comité en parle depuis des mois, sans rien annoncer.",
        id="cites-a-release-silent",
    ),
    pytest.param(
        "cites-a-release",
        "D'après leur communiqué de bilan, le salon a attiré 18 500 visiteurs.",
        "Le salon a attiré 18 500 visiteurs, un record pour sa neuvième édition.",
        id="cites-a-release-possessive",
    ),
    pytest.param(
        "cites-a-release",
        "Selon son communiqué, la société ne fermera aucun site en 2027.",
        "Selon son président, la société ne fermera aucun site en 2027.",
        id="cites-a-release-according-to",
    ),
    pytest.param(
        "newsletter",
        "La Lettre culturelle – n° 47\n\nBonjour ! Voici notre sélection du mois.",
        "Sécheresse : bulletin de situation n° 5\n\nLe préfet renforce les restrictions. "
        "L'avis a paru au Bulletin des annonces légales obligatoires n° 45.",
        id="newsletter-masthead",
    ),
    pytest.param(
        "cites-a-release",
        "Selon le communiqué de la préfecture, la route restera fermée.",
        "Dans leur communiqué, les syndicats évoquent la fermeture de douze lits. La direction "
        "rappelle qu'il s'agit d'une réorganisation temporaire.",
        id="cites-a-release-not-a-reply",
    ),
    pytest.param(
        "public-notice",
        "AVIS DE CONSULTATION DU PUBLIC\n\nLe dossier de demande d'enregistrement peut être "
        "consulté en mairie. Le public peut formuler ses observations sur un registre ouvert à "
        "cet effet.",
        "La préfète annonce l'ouverture d'une enquête publique sur le contournement, du 8 juin "
        "au 6 juillet. Le dossier peut être consulté en mairie ; le commissaire enquêteur y "
        "tiendra trois permanences.",
        id="public-notice",
    ),
    pytest.param(
        "home-page",
        "# Bienvenue sur le site du Département de la Sarthe\n\nCommuniqué : la route des "
        "Alpes mancelles rouvre le 12 mai.\n\nAgenda : marché de Noël le 14 décembre.",
        "# Le Département accueille le Tour de France\n\nLe Mans, le 3 mai 2026 – Le "
        "Département accueille la 4e étape, dont la page d'accueil du site donne le parcours.",
        id="home-page",
    ),
    pytest.param(
        "interview",
        "Publié le 8 juillet 2026 · Propos recueillis par Yannick Morvan\n\nOù en est le chantier ?",
        "Trois questions à la présidente. Propos recueillis par le service communication de "
        "l'université.",
        id="interview",
    ),
    pytest.param(
        "speech",
        "Discours de la ministre\n\nSeul le prononcé fait foi\n\nMesdames et Messieurs,",
        "Le prononcé du jugement est attendu le 4 juin.",
        id="speech",
    ),
    pytest.param(
        "addressed",
        "Conseil départemental\n\nSéance du 12 mars 2026\n\nMes chers collègues,\n\n"
        "Nous examinons ce matin le budget primitif, dans un contexte difficile.\n",
        # a release mailed to journalists greets them without naming anyone
        "Madame, Monsieur,\n\nLa Ville ouvre sa nouvelle médiathèque le 4 avril.\n",
        id="addressed",
    ),
    pytest.param(
        "reading-time",
        "Dans les coulisses de notre nouvelle usine\n\nPublié le 9 septembre 2026 par Manon "
        "Clavel — 6 min de lecture\n\nIl est 6 h 30 quand Karim allume les premiers postes.",
        "La lecture publique progresse : 6 médiathèques ouvrent le dimanche dès janvier.",
        id="reading-time",
    ),
    pytest.param(
        "notice-given",
        "AVIS PUBLIC\n\nAVIS PUBLIC est donné aux personnes intéressées par le projet de règlement.",
        "La Ville publie un avis de recrutement ; le public est donné rendez-vous samedi.",
        id="notice-given",
    ),
    pytest.param(
        "public-notice",
        "AVIS PUBLIC\n\nUne assemblée publique de consultation aura lieu le 18 février. Le projet "
        "et les plans peuvent être consultés au bureau du greffe.",
        "La Ville tiendra une assemblée publique de consultation le 18 février sur son projet "
        "de règlement de zonage.",
        id="public-notice-quebec",
    ),
    pytest.param(
        "opinion-piece",
        "TRIBUNE\n\n« Nos bourgs ne sont pas des musées »\n\nTribune publiée dans La Dépêche "
        "le 4 mars 2026.\n\nLes signataires : Jean Roblin (Lectoure), Ana Pujol (Mirande).",
        "Quarante maires signent une tribune dans La Dépêche. Le texte, publié ce matin, "
        "demande le maintien des crédits.",
        id="opinion-piece",
    ),
    pytest.param(
        "call-for-applications",
        "# Appel à candidatures : résidences d'artistes\n\n## Qui peut candidater ?\n\nLes "
        "artistes professionnels.\n\n## Pièces à fournir\n\nUn CV.\n\n## Calendrier\n\n"
        "Dépôt des dossiers jusqu'au 15 janvier 2027.",
        "Le Département lance un appel à candidatures pour six résidences. Les dossiers de "
        "candidature sont à déposer avant le 15 janvier ; le règlement précise qui peut "
        "candidater.",
        id="call-for-applications",
    ),
    pytest.param(
        "institution-page",
        "# Qui sommes-nous ?\n\nLe pôle Aquivalor accompagne 340 adhérents.\n\n## Nos missions\n\n"
        "Faire émerger des projets collaboratifs.",
        "# Présentation du plan régional pour l'hydrogène\n\nLe pôle présente son plan. "
        "Qui sommes-nous ? Un réseau de 340 adhérents.",
        id="institution-page",
    ),
    pytest.param(
        "position-paper",
        "Fédération des centres de santé\n\n*Note de position*\n\n# Pour un forfait de "
        "coordination pérenne\n\nNous demandons un forfait annuel.\n\n**Contact presse :** "
        "Marion Lacoste – 05 00 00 00 12",
        "Fédération des centres de santé\n\nCommuniqué de presse\n\nParis, le 4 mars 2026\n\n"
        "# La fédération publie sa note de position sur le forfait de coordination",
        id="position-paper",
    ),
    pytest.param(
        "practical-page",
        "# Vigilance cyclonique : les numéros utiles\n\nCellule d'information : 02 62 00 00 50",
        "# Cyclone : le préfet active la cellule d'information du public\n\nSaint-Denis, le 5 "
        "février 2026 – Les numéros utiles sont publiés sur le site de la préfecture.",
        id="practical-page",
    ),
    pytest.param(
        "schedule",
        "Agenda financier\n\n"
        + "".join(f"{day} novembre 2026 – Publication n° {day}\n" for day in range(2, 9)),
        "Calendrier\n\n5 novembre 2026 – Chiffre d'affaires\n3 décembre 2026 – Journée "
        "investisseurs\n18 février 2027 – Résultats annuels\n",
        id="schedule-of-days",
    ),
]


@pytest.mark.parametrize(("code", "present", "absent"), CASES)
def test_an_evidence_code_is_given_for_its_cue_only(code: str, present: str, absent: str) -> None:
    assert code in parse(present).evidence
    assert code not in parse(absent).evidence


def test_a_list_of_dated_releases_is_a_listing_and_one_dated_mention_is_not() -> None:
    items = [
        "Communiqué du 12/03/2024 – Le réseau ouvre deux antennes",
        "Communiqué du 28/02/2024 – Bilan de l'année 2023",
        "Communiqué du 9 janvier 2024 – Nouveau président",
    ]
    assert "release-listing" in parse("\n\n".join(items) + "\n").evidence
    assert "release-listing" not in parse("\n\n".join(items[:2]) + "\n").evidence
    # The same line twice (a title and its link) is one item.
    assert "release-listing" not in parse("\n\n".join([*items[:2], items[0]]) + "\n").evidence


@given(dates=st.lists(gs.dates, min_size=3, max_size=6, unique=True))
def test_list_items_each_opening_with_a_dateline_make_an_index(dates: list[dt.date]) -> None:
    items = "\n".join(
        f"- Dinan, le {gs.render_date(day, 'plain')} – Navette des plages : {n} voyageurs de plus"
        for n, day in enumerate(dates)
    )
    text = f"# Communiqués de presse\n\nRetrouvez ici nos communiqués.\n\n{items}\n"
    page = parse(text, adapter="markdown")
    assert "release-listing" in page.evidence
    assert not page.is_press_release


def test_a_release_s_schedule_by_place_and_day_is_no_index() -> None:
    text = (
        "# Trente nouvelles stations de vélos d'ici la fin de l'année\n\nMonaco, le 15 juillet "
        "2026 – Le réseau passera de 24 à 54 stations, ouvertes par quartier :\n\n"
        "- Fontvieille et Moneghetti : 1er septembre 2026 ;\n"
        "- La Condamine et Monte-Carlo : 15 octobre 2026 ;\n"
        "- Larvotto et Saint-Roman : 30 novembre 2026.\n"
    )
    assert "release-listing" not in parse(text, adapter="markdown").evidence


@given(
    dates=st.lists(gs.dates, min_size=4, max_size=6, unique=True),
    style=st.sampled_from(("slash", "plain", "dot")),
)
def test_teasers_each_stamped_with_their_publication_day_make_a_listing(
    dates: list[dt.date], style: str
) -> None:
    teasers = [
        f"Communiqué de presse\n\nLa campagne numéro {n} est reconduite\n\n"
        f"Publié le {gs.render_date(date, style)}\n\nLa campagne gratuite sera reconduite…"
        for n, date in enumerate(dates, start=1)
    ]
    assert "release-listing" in parse("\n\n".join(teasers) + "\n").evidence


def test_a_release_page_with_a_box_of_related_items_above_its_text_is_no_listing() -> None:
    text = (
        "Fermeture de la RD 12 entre Privas et Aubenas\n\nPublié le 11/08/2026\n\n"
        "Sur le même sujet\nCanicule : les mesures en vigueur – Publié le 05/08/2026\n"
        "Feux de forêt : interdiction d'emploi du feu – Publié le 01/08/2026\n\n"
        "Privas, le 11 août 2026 – En raison d'un éboulement, la route départementale 12 est "
        "fermée à la circulation entre Privas et Aubenas jusqu'à nouvel ordre.\n"
    )
    release = parse(text)
    assert "release-listing" not in release.evidence
    assert release.is_press_release


def test_a_release_page_stamped_published_then_updated_is_no_listing() -> None:
    text = (
        "La campagne de vaccination est reconduite\n\nPublié le 03/06/2026\n\n"
        "Mis à jour le 05/06/2026\n\nMontpellier, le 3 juin 2026 – La campagne de vaccination "
        "gratuite des élèves de 5e sera reconduite à la rentrée dans tous les collèges.\n"
    )
    assert "release-listing" not in parse(text).evidence


@given(
    st.lists(st.sampled_from(gs.DOC_TYPES), min_size=3, max_size=4),
    st.sampled_from(gs.PLACES),
    st.sampled_from(["# Salle de presse", "Espace presse", "## Nos communiqués"]),
)
def test_a_press_room_listing_is_no_release_though_its_items_show_types_and_datelines(
    doc_types: list[str], place: str, title: str
) -> None:
    """A listing shows each item's type and dateline, and the press office's contact: none of
    it is the page's own."""
    items = [
        f"### Actualité numéro {n} du Département\n*{doc_type} – {place}, le {n + 10} avril 2024*\n\n"
        f"Le Département engage cet été les travaux annoncés dans son plan numéro {n}. "
        "Le président présentera le projet mardi prochain à 11 h."
        for n, doc_type in enumerate(doc_types, start=1)
    ]
    page = (
        f"{title}\n\nRetrouvez ici les communiqués et dossiers de presse du Département.\n\n"
        + "\n\n".join(items)
        + "\n\n**Contact presse** — Service presse du Département — 04 75 79 26 26 — "
        "presse@departement.example.fr\n"
    )
    release = parse(page)
    assert "release-listing" in release.evidence
    assert not release.is_press_release


def test_a_release_page_repeating_its_own_date_is_no_listing() -> None:
    page = (
        "Accueil › Communiqués › Communiqué du 4 mai 2024\n\n"
        "Communiqué de presse du 4 mai 2024 – La ville rouvre sa piscine\n\n"
        "Télécharger le communiqué (PDF, 4 mai 2024)\n\n"
        "La ville de Ronchin rouvre sa piscine municipale après six mois de travaux.\n"
    )
    assert "release-listing" not in parse(page).evidence


def test_a_listing_may_date_its_items_before_their_release_word() -> None:
    items = [
        "14 mai 2024 – Communiqué de presse – Le réseau ouvre une antenne à Brest",
        "2 avril 2024 – Communiqué de presse – Publication du baromètre annuel",
        "11/03/2024 Communiqué – Nomination d'une nouvelle directrice",
    ]
    assert "release-listing" in parse("\n\n".join(items) + "\n").evidence


def test_related_releases_after_the_body_are_no_listing() -> None:
    body = (
        "Le réseau Numerika, qui fédère trois cents entreprises du numérique, ouvre une antenne "
        "à Brest pour accompagner les entreprises du Finistère dans leurs projets. L'antenne "
        "accueillera quatre conseillers dès le mois de septembre."
    )
    items = [f"Communiqué du {day}/03/2024 – Actualité numéro {day}" for day in (4, 11, 18)]
    assert "release-listing" in parse("\n\n".join(items) + "\n").evidence
    assert "release-listing" not in parse("\n\n".join([body, *items]) + "\n").evidence


_TEASERS = [
    ("La Ville récompensée pour sa politique de végétalisation", "21 octobre 2022"),
    ("Police municipale : un an après", "20 octobre 2022"),
    ("Ouverture de trois nouveaux bains-douches", "17 octobre 2022"),
]


@pytest.mark.parametrize("section", ["Communiqués", "Communiqués de presse", "Espace presse"])
def test_a_press_room_page_of_teasers_each_closed_by_its_day_is_a_listing(section: str) -> None:
    teasers = "\n\n".join(
        f"{title}\n\nLa Ville présente ce dispositif aux habitants et aux associations du "
        f"quartier, avec ses partenaires.\n\n{day}"
        for title, day in _TEASERS
    )
    release = parse(f"{section}\n\n{teasers}\n", adapter="text")
    assert "release-listing" in release.evidence
    assert not release.is_press_release


def test_a_release_under_its_rubric_with_related_items_below_is_no_listing() -> None:
    body = "\n\n".join(
        "La Ville de Nantes ouvre trois nouveaux bains-douches dans les quartiers nord. Les "
        "équipements accueilleront le public tous les jours de 8 h à 20 h, gratuitement."
        for _ in range(6)
    )
    related = "\n\n".join(f"{title}\n\n{day}" for title, day in _TEASERS)
    text = (
        f"Communiqués\n\nOuverture de trois nouveaux bains-douches\n\n24 octobre 2022\n\n"
        f"{body}\n\nÀ lire aussi\n\n{related}\n"
    )
    assert "release-listing" not in parse(text, adapter="text").evidence


def test_a_shareholders_meeting_s_notice_is_no_release() -> None:
    notice = (
        "Assemblée générale mixte du 28 mai 2015\n\nAvis de réunion valant avis de "
        "convocation\n\nLes actionnaires sont convoqués en assemblée générale mixte.\n\n"
        "PREMIÈRE RÉSOLUTION (Approbation des comptes sociaux). — L'Assemblée Générale, après "
        "avoir pris connaissance des rapports du Directoire, approuve les comptes annuels.\n\n"
        "DEUXIÈME RÉSOLUTION (Affectation du résultat). — L'Assemblée Générale décide "
        "d'affecter le bénéfice de l'exercice au report à nouveau.\n"
    )
    release = parse(notice, adapter="text")
    assert "public-notice" in release.evidence
    assert not release.is_press_release


def test_a_release_label_in_the_page_title_is_evidence() -> None:
    page = (
        "<html><head><title>Communiqué de presse – Ville de Ronchin</title></head><body>"
        "<p>La ville de Ronchin rouvre sa piscine municipale après six mois de travaux.</p>"
        "</body></html>"
    )
    release = parse(page, adapter="html")
    assert {"release-label", "doc-type", "metadata-doc-type"} & set(release.evidence)
    assert release.is_press_release


def test_a_front_matter_date_counts_once() -> None:
    post = "---\ntitle: Nos ateliers de printemps\ndate: 2024-03-04\n---\n\nUn billet du blog.\n"
    release = parse(post, adapter="markdown")
    assert release.date is not None
    assert "metadata-title-and-date" in release.evidence
    assert "release-date" not in release.evidence
    assert not release.is_press_release


# An evening at a museum, told as an agenda's page or as a press room's post would tell it:
# only the page's front matter tells them apart.
_EVENT_TEXT = (
    "# Nuit des musées : visites nocturnes au château\n\n"
    "Le château de l'Hermine ouvrira ses portes de 19 h à minuit et accueillera trois "
    "concerts dans la cour d'honneur.\n\nLieu : château de l'Hermine, Vannes\n\n"
    "Contact presse : Léa Morvan, 02 00 00 00 31, lea.morvan@vannes.example.fr\n"
)
_POST = "title: Nuit des musées\ndate: 2026-05-02\n"
_TOML_POST = 'title = "Nuit des musées"\ndate = 2026-05-02\n'


@pytest.mark.parametrize(
    "front",
    [
        f"---\n{_POST}event_start: 2026-05-16T19:00\nevent_end: 2026-05-16T23:59\n---",
        f"---\n{_POST}event_date: 2026-05-16\nlieu: Château de l'Hermine\n---",
        f"---\n{_POST}date_debut: 2026-05-16\ndate_fin: 2026-05-17\n---",
        f"---\n{_POST}tarif: gratuit\nbilletterie: https://billets.example.fr\n---",
        f"---\n{_POST}menu:\n  main:\n    weight: 30\n---",
        f'+++\n{_TOML_POST}event_start = "2026-05-16T19:00"\nvenue = "Château"\n+++',
        f"+++\n{_TOML_POST}[menu.main]\nweight = 30\n+++",
    ],
)
def test_an_event_s_or_a_standing_page_s_front_matter_makes_no_release(front: str) -> None:
    page = parse(f"{front}\n\n{_EVENT_TEXT}", adapter="markdown")
    assert "metadata-page-keys" in page.evidence
    assert not page.is_press_release


def test_a_post_s_front_matter_leaves_a_release_about_an_event_one() -> None:
    post = f"---\n{_POST}categories: [presse]\n---\n\n"
    release = parse(post + _EVENT_TEXT, adapter="markdown")
    assert "metadata-page-keys" not in release.evidence
    assert release.is_press_release


@given(line=gs.release_label_lines)
def test_a_release_label_opening_a_text_is_evidence(line: str) -> None:
    text = f"{line}\n\nLa commune informe ses habitants que la piscine rouvrira lundi.\n"
    assert cues.RELEASE_LABEL.search(text, text.lower()) is not None
    release = parse(text, adapter="text")
    # The header step may take the label as the document type first: then it is that code.
    assert {"release-label", "doc-type", "metadata-doc-type"} & set(release.evidence)
    assert release.is_press_release


@given(mention=gs.release_label_mentions)
def test_a_release_label_after_an_article_is_a_mention(mention: str) -> None:
    text = f"Le maire de la commune a réagi hier. {mention} relayé par la presse locale.\n"
    assert "release-label" not in parse(text, adapter="text").evidence


FORMS = [
    pytest.param(cues.QUOTED_IN_PRESENT, gs.quoted_in_present_forms, id="quoted-in-present"),
    pytest.param(cues.EVENT_AHEAD, gs.event_ahead_forms, id="event-ahead"),
    pytest.param(cues.ISSUER_WE, gs.issuer_we_forms, id="issuer-we"),
    pytest.param(cues.ISSUER_WE, gs.issuer_we_more_forms, id="issuer-we-own-people"),
    pytest.param(cues.EVENT_DETAILS, gs.event_admission_forms, id="event-admission"),
    pytest.param(cues.FURTHER_INFORMATION, gs.further_information_forms, id="further-information"),
    pytest.param(cues.TODAY_ANNOUNCEMENT, gs.today_announcement_forms, id="today-announcement"),
    pytest.param(cues.VERSION_RELEASE, gs.version_release_forms, id="version-release"),
    pytest.param(
        cues.COUNCIL_OF_MINISTERS, gs.council_of_ministers_forms, id="council-of-ministers"
    ),
    pytest.param(cues.INVESTOR_RELATIONS, gs.investor_relations_forms, id="investor-relations"),
    pytest.param(cues.INVESTOR_RELATIONS, gs.investor_relations_more_forms, id="mnemo"),
    pytest.param(cues.COUNCIL_OF_MINISTERS, gs.council_of_ministers_more_forms, id="swiss-council"),
    pytest.param(cues.WIRE_CREDIT, gs.wire_credit_forms, id="wire-credit"),
    pytest.param(cues.RELEASE_RELAYED, gs.release_relayed_forms, id="release-relayed"),
    pytest.param(cues.RELEASE_SELF_REFERENCE, gs.release_self_reference_forms, id="names-itself"),
    pytest.param(cues.END_OF_RELEASE, gs.end_of_release_forms, id="end-of-release"),
    pytest.param(cues.NOTES_TO_EDITORS, gs.notes_to_editors_forms, id="notes-to-editors"),
    pytest.param(cues.PRESS_CONTACT_LABEL, gs.press_contact_label_forms, id="press-contact"),
    pytest.param(cues.NEWS_AGENCY_CREDIT, gs.news_agency_credit_forms, id="news-agency-credit"),
    pytest.param(cues.NEWS_AGENCY_CREDIT, gs.news_agency_byline_forms, id="news-agency-byline"),
    pytest.param(cues.NEWS_AGENCY_CREDIT, gs.news_agency_initials_forms, id="news-agency-initials"),
    pytest.param(cues.NEWS_SITE_FURNITURE, gs.news_site_furniture_forms, id="news-site-furniture"),
    pytest.param(cues.READING_TIME, gs.reading_time_forms, id="reading-time"),
    pytest.param(cues.JOURNALIST_INQUIRY, gs.journalist_inquiry_forms, id="journalist-inquiry"),
    pytest.param(cues.JOURNALIST_BYLINE, gs.journalist_byline_forms, id="journalist-byline"),
    pytest.param(cues.FORUM_POST, gs.forum_post_forms, id="forum-post"),
    pytest.param(cues.RELEASE_LABEL, gs.release_label_lines, id="release-label"),
    pytest.param(cues.PLACEHOLDER, gs.placeholder_forms, id="placeholder"),
    pytest.param(cues.RELEASE_LABEL, gs.release_label_more_forms, id="embargo-label"),
    pytest.param(cues.NEWSLETTER, gs.newsletter_forms, id="newsletter"),
    pytest.param(cues.JOB_OFFER, gs.job_offer_forms, id="job-offer"),
    pytest.param(cues.JOB_APPLICATION, gs.job_application_forms, id="job-application"),
    pytest.param(cues.OPINION_PIECE, gs.opinion_piece_forms, id="opinion-piece"),
    pytest.param(
        cues.CALL_FOR_APPLICATIONS, gs.call_for_applications_forms, id="call-for-applications"
    ),
    pytest.param(cues.LEGAL_ACT, gs.legal_act_forms, id="legal-act"),
    pytest.param(cues.INFORMS_THE_PUBLIC, gs.informs_the_public_forms, id="informs-the-public"),
    pytest.param(cues.TENDER_NOTICE, gs.tender_notice_forms, id="tender-notice"),
]


@pytest.mark.parametrize(("cue", "forms"), FORMS)
@given(data=st.data())
def test_a_cue_knows_every_form_of_its_phrase(
    cue: cues.Cue, forms: st.SearchStrategy[str], data: st.DataObject
) -> None:
    form = data.draw(forms)
    filler = data.draw(st.sampled_from(["", "a" * 150, "Le texte continue. " * 5]))
    text = f"{filler}\n{form}\n{filler}"
    assert cue.search(text, text.lower()) is not None, form
    # The keyword shortcut finds what a scan of the whole text finds.
    assert {m.start() for m in cue.finditer(text, text.lower())} <= {
        m.start() for m in _all_matches(cue.pattern, text)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon nos informations, le gouvernement a adopté mercredi un plan pour les hôpitaux.",
        "Le gouvernement a adopté le texte malgré l'opposition des syndicats.",
        "Le Gouvernement est attendu au tournant par les syndicats.",
        "Le Gouvernement a décidé mercredi de geler les dotations des collectivités.",
        "Le Conseil des ministres a adopté mercredi le projet de loi sur les retraites.",
    ],
)
def test_a_news_report_s_government_is_no_council_s_communique(sentence: str) -> None:
    """A newspaper tells what "le gouvernement" or "le Conseil des ministres" adopted; only a
    council's own communiqué lists "les décisions suivantes", or names its government by its
    region ("Le Gouvernement wallon a adopté")."""
    assert cues.COUNCIL_OF_MINISTERS.search(sentence, sentence.lower()) is None


@given(title=gs.council_session_titles)
def test_a_text_titled_by_a_council_s_meeting_is_its_communique(title: str) -> None:
    """A government's communiqué after each meeting is titled by the meeting, and often
    writes nothing else a release writes: no type, no dateline, no contact."""
    text = (
        f"{title}\n\nLe Président de la République a présidé ce jour la réunion, en présence "
        "des membres du Gouvernement. Plusieurs textes ont été examinés.\n\n"
        "Un décret relatif à la protection des zones humides a été présenté.\n"
    )
    release = parse(text, adapter="text")
    assert "council-session" in release.evidence
    assert release.is_press_release
    assert release.headline == title


@pytest.mark.parametrize(
    "title",
    [
        "Le Conseil fédéral",  # the issuer's line
        "Communiqué du Conseil d'État",  # its type and issuer
        "Conseil des ministres",  # a site's section
        "Conseil des ministres : une centrale solaire de 20 mégawatts à Zagtouli",  # an item
        "Ordre du jour du Conseil des ministres du mercredi 20 mars 2024",  # an agenda
        "Conseil municipal du 12 mars 2026",  # no government's council
    ],
)
def test_a_council_named_otherwise_is_no_meeting_s_title(title: str) -> None:
    assert not council_session_title(title)


def test_a_page_relaying_a_release_whole_is_the_release() -> None:
    text = (
        "Inauguration de la médiathèque\n\nLa médiathèque a été inaugurée mardi. Nous "
        "publions ci-dessous le communiqué de la communauté d'agglomération.\n\nDeux ans "
        "ont été nécessaires pour mener à bien ce chantier de 12 millions d'euros.\n"
    )
    release = parse(text, adapter="text")
    assert "release-relayed" in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize(
    "sentence",
    [
        "Dans un communiqué publié mardi, la préfecture annonce la fermeture du pont.",
        "Le communiqué ne précise pas la date des travaux.",
        "Nous publions chaque semaine les communiqués des associations du quartier.",
    ],
)
def test_a_report_on_a_release_does_not_relay_it(sentence: str) -> None:
    assert cues.RELEASE_RELAYED.search(sentence, sentence.lower()) is None


_CONTACTS = (
    "Relations presse\nInès Caradec\nResponsable communication\n01 00 00 00 00\n"
    "presse@example.org\n\nDélégations régionales\nBretagne : Yann Riou – 02 00 00 00 00\n"
    "Occitanie : Jordi Ferrer – 05 00 00 00 00\n"
)


@pytest.mark.parametrize(
    "title", ["Contacts presse", "Nous contacter", "# Contact presse", "# Nos contacts presse"]
)
def test_a_press_room_s_contacts_page_is_no_release(title: str) -> None:
    text = (
        f"Fédération des jardins partagés\n\n{title}\n\n"
        "Vous êtes journaliste et préparez un sujet sur les jardins partagés ? Notre équipe vous "
        "répond du lundi au vendredi et peut vous mettre en relation avec l'un des 1 300 "
        f"jardins adhérents près de chez vous.\n\n{_CONTACTS}"
    )
    release = parse(text)
    assert "contacts-page" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "section", ["Presse et réseaux sociaux", "Presse et médias", "Médias & presse"]
)
def test_a_press_service_s_page_presenting_its_team_is_no_release(section: str) -> None:
    """The press room's page under its section's title: its contacts, then "À propos du
    Département relations presse": the press service presents itself, no release."""
    text = (
        f"{section}\n\nNos contacts presse :\n\nPour vos demandes d'informations ou "
        "d'interviews, vous pouvez nous contacter via l'adresse dédiée : presse@example.fr\n\n"
        f"{_CONTACTS}\nÀ propos du Département relations presse et réseaux sociaux\n\n"
        "Le département est en charge des relations avec les médias, sur tous les sujets de "
        "l'établissement. Il anime aussi ses réseaux sociaux.\n"
    )
    release = parse(text)
    assert "about-section" not in release.evidence
    assert not release.is_press_release


def test_a_release_that_opens_with_its_contacts_stays_one() -> None:
    text = (
        f"Contact presse\n\n{_CONTACTS}\nCOMMUNIQUÉ DE PRESSE\n\n"
        "Les jardins partagés ouvrent leurs portes\n\n"
        "Rennes, le 14 octobre 2026 – La fédération des jardins partagés ouvre les portes de 420 "
        "jardins les 17 et 18 octobre, avec des ateliers de semis et de compostage.\n"
    )
    release = parse(text)
    assert "contacts-page" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize(
    "title", ["Accueil - Département de la Sarthe", "Page d'accueil | Ville de Laval", "Home"]
)
def test_a_site_s_home_page_is_no_release(title: str) -> None:
    page = (
        f'---\ntitle: "{title}"\ndate: 2026-05-12\n---\n\n## À la une\n\n'
        "[Communiqué : la route des Alpes mancelles rouvre](/cp1) 12/05/2026\n\n"
        "Le Département vous accueille du lundi au vendredi. Nous vous souhaitons une bonne "
        "visite sur notre site.\n"
    )
    release = parse(page, adapter="markdown")
    assert "home-page" in release.evidence
    assert not release.is_press_release


def test_a_page_welcoming_its_visitor_is_a_home_page() -> None:
    page = (
        "<html><head><title>Département de la Sarthe</title></head><body><main>"
        "<h1>Bienvenue sur le site du Département de la Sarthe</h1><h2>À la une</h2>"
        "<p><a href='/cp1'>Communiqué : la route des Alpes mancelles rouvre</a> 12/05/2026</p>"
        "</main></body></html>"
    )
    release = parse(page, adapter="html")
    assert "home-page" in release.evidence
    assert not release.is_press_release


def test_a_release_under_its_contacts_with_a_dateline_is_no_contacts_page() -> None:
    text = (
        "CONTACTS PRESSE\n\nAgence Littoral – Inès Caradec – 06 00 00 00 11 – "
        "ines@littoral.example.fr\n\nBiocéane lève 4 millions d'euros pour son usine\n\n"
        "Lorient, le 10 mars 2026 – Biocéane, fabricant d'algues alimentaires, annonce une levée "
        "de fonds de 4 millions d'euros auprès de ses actionnaires historiques.\n"
    )
    release = parse(text)
    assert "contacts-page" not in release.evidence
    assert release.is_press_release


def test_a_title_above_its_contact_block_is_no_contacts_page() -> None:
    text = (
        "Biocéane lève 4 millions d'euros pour son usine\n\nContact presse :\n"
        "Inès Caradec – 06 00 00 00 11 – ines@littoral.example.fr\n\n"
        "Biocéane, fabricant d'algues alimentaires, annonce une levée de fonds de 4 millions "
        "d'euros auprès de ses actionnaires historiques.\n"
    )
    assert "contacts-page" not in parse(text).evidence


def test_a_menu_s_contact_link_is_no_contacts_page() -> None:
    text = (
        "Accueil\nActualités\nContact\n\nLa fédération ouvre 420 jardins au public\n\n"
        "Rennes, le 14 octobre 2026 – La fédération des jardins partagés ouvre les portes de 420 "
        "jardins les 17 et 18 octobre, avec des ateliers de semis et de compostage pour tous.\n"
    )
    assert "contacts-page" not in parse(text).evidence


@given(title=gs.periodic_results_titles)
def test_a_title_reporting_a_period_s_figures_is_a_listed_company_s_release(title: str) -> None:
    # regulated information cut after its highlights: no dateline, no contact, no label
    text = (
        f"{title}\n\n- Chiffre d'affaires en hausse de 4,2 % à 812 millions d'euros\n"
        "- Marge opérationnelle de 11,3 %, en progression de 0,6 point\n"
    )
    release = parse(text, adapter="text")
    assert "periodic-results" in release.evidence
    assert release.is_press_release


@given(
    company=st.sampled_from(["Acteos", "Groupe Varenne", "ALPHA SANTÉ SA", "Néo-Ferm"]),
    joint=st.sampled_from([" : ", " – ", " — ", ": "]),
    title=gs.periodic_results_titles,
)
def test_a_company_s_name_before_its_periodic_results_title_still_reports_them(
    company: str, joint: str, title: str
) -> None:
    """ "Acteos : Résultats annuels 2003": the company names itself before the subject."""
    text = (
        f"{company}{joint}{title}\n\n- Chiffre d'affaires en hausse de 4,2 % à 812 millions "
        "d'euros\n- Marge opérationnelle de 11,3 %, en progression de 0,6 point\n"
    )
    assert "periodic-results" in parse(text, adapter="text").evidence


@pytest.mark.parametrize(
    "title",
    [
        "Résultats du concours de nouvelles de la médiathèque",  # no period, no year
        "Résultats annuels : la direction reste prudente",  # no year
        "Résultats des élections municipales 2026",  # no period
        "Le chiffre d'affaires du premier trimestre 2024 recule",  # not opened by the subject
        "Activités de l'été 2024 pour les jeunes",  # "Activités": no subject
        # a sector's figures, a company's results told by the news
        "Ventes de logements neufs : le premier trimestre 2026 au plus bas",
        "Résultats annuels 2025 : Renault plonge dans le rouge",
        "Renault : des résultats annuels 2025 décevants",  # the news' article before them
        "Banques françaises : résultats annuels 2025 en forte hausse",  # a topic, no name
        "Bourse – Résultats semestriels 2025 : le CAC 40 en recul",  # the news goes on
    ],
)
def test_titles_that_report_no_period_s_figures_are_no_periodic_results(title: str) -> None:
    text = f"{title}\n\nLa commune a publié la liste sur son site internet.\n"
    assert "periodic-results" not in parse(text, adapter="text").evidence


@pytest.mark.parametrize(
    ("letterhead", "title"),
    [
        ("Ministère de la Ruralité\nAccueil › Presse › Agendas", "Agenda prévisionnel du ministre"),
        ("PRÉFÈTE DE L'AIN", "AGENDA DE LA SEMAINE DU 9 MARS 2026"),
        ("Ville de Bourg\nSéance du 12 mars", "Procès-verbal de la séance du conseil municipal"),
        (
            "Agglomération Gâtine-Bocage",
            "Conseil communautaire du 15 décembre 2026 : ordre du jour",
        ),
    ],
)
def test_a_schedule_or_minutes_is_known_by_a_title_under_its_letterhead(
    letterhead: str, title: str
) -> None:
    # the title stands under a letterhead and may name an office: the header may not take it
    text = (
        f"{letterhead}\n\n{title}\n\nLundi 9 mars 2026\n\n10h00 – Entretien avec les maires ruraux"
        "\n(Toute presse)\n\n15h30 – Visite de la maison de santé, en présence des élus.\n\n"
        "Contact presse : cabinet – 01 00 00 00 00 – presse@example.fr\n"
    )
    release = parse(text, adapter="text")
    assert {"agenda", "minutes"} & set(release.evidence)
    assert not release.is_press_release


@pytest.mark.parametrize(
    "title",
    [
        "Accréditation presse – Assises régionales de l'eau",
        "ACCRÉDITATIONS MÉDIAS",
        "Demande d'accréditation des journalistes",
        "Modalités d'accréditation presse pour le sommet",
        # the page's kind after the event's name
        "Assises régionales de l'eau 2026 – Accréditation presse",
    ],
)
def test_a_press_accreditation_notice_is_no_release(title: str) -> None:
    text = (
        f"# {title}\n\nLes Assises se tiendront du 3 au 5 mars 2026 à Poitiers. Les journalistes "
        "souhaitant couvrir l'événement sont invités à demander une accréditation avant le 20 "
        "février.\n\n## Contact\n\nService de presse – 05 00 00 00 00 – presse@example.fr\n"
    )
    release = parse(text, filename="accreditation.md")
    assert "accreditation-notice" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "heading",
    [
        "# Résultats de recherche pour « communiqué de presse »",
        "# 1 248 résultats",
        "# Résultats pour « chasse »",
    ],
)
def test_a_site_s_search_results_are_no_release(heading: str) -> None:
    results = "\n\n".join(
        f"### Communiqué de presse – Ouverture de la saison {n}\n\nPréfecture du Cantal · "
        f"{day}/09/2026\n\n… Le préfet informe que la saison est ouverte. **Communiqué de "
        "presse** …"
        for n, day in (("de chasse", "14"), ("de pêche", "10"), ("des foires", "02"))
    )
    release = parse(f"{heading}\n\n{results}\n", filename="recherche.md")
    assert "search-results" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize("count", ["820 résultats", "1 248 résultats", "12 résultats trouvés"])
def test_a_press_room_s_listing_counting_its_items_is_no_release(count: str) -> None:
    """ "Communiqués de presse" / "Retrouvez ci-dessous…" / "820 résultats" / the teasers: a
    press room's page counts the releases it lists."""
    teasers = "\n\n".join(
        f"{rubric} - La Région {what}\n\nCe {day}, la présidente de la Région a {done}, aux côtés "
        "des élus du territoire et des représentants de l'État."
        for rubric, what, day, done in (
            (
                "Transports",
                "finance la route nationale",
                "vendredi 21 janvier",
                "inauguré la route",
            ),
            ("Lycées", "ouvre deux internats", "lundi 17 janvier", "visité le chantier"),
            ("Santé", "soutient les centres de santé", "mardi 11 janvier", "signé la convention"),
        )
    )
    text = (
        "Communiqués de presse\n\nRetrouvez, ci-dessous, l'ensemble des communiqués de presse de la "
        f"Région\n\n{count}\n\n{teasers}\n"
    )
    release = parse(text)
    assert "search-results" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "label", ["APPEL À COMMUNICATIONS", "Appel à contributions", "Call for papers"]
)
def test_a_call_for_submissions_under_its_event_s_name_and_days_is_no_release(label: str) -> None:
    text = (
        f"RENCONTRES DU LOGICIEL LIBRE PUBLIC 2027\nLille – 30 et 31 mars 2027\n\n{label}\n\n"
        "Les Rencontres réunissent chaque année agents publics et développeurs. L'édition 2027 "
        "se tiendra à Lille et aura pour thème la maintenance des communs.\n\nLes propositions "
        "sont à déposer avant le 15 janvier 2027 : un résumé, un format et une courte "
        "biographie.\n\nQuestions : programme@rllp.example.org\n"
    )
    page = parse(text)
    assert "call-for-submissions" in page.evidence
    assert not page.is_press_release


def test_a_release_announcing_a_call_writes_its_type_and_stays_one() -> None:
    text = (
        "Région Armor\n\nCommuniqué de presse\n\nAppel à candidatures : résidences d'artistes "
        "en collège\n\nRennes, le 3 mars 2026 – La Région ouvre un appel à candidatures pour "
        "douze résidences d'artistes dans les collèges.\n"
    )
    release = parse(text)
    assert "call-for-submissions" not in release.evidence
    assert release.is_press_release


def test_an_accreditation_that_is_no_press_office_s_is_news() -> None:
    text = "# Accréditation de l'hôpital par la Haute Autorité de santé\n\nLe centre a reçu…\n"
    assert "accreditation-notice" not in parse(text, filename="r.md").evidence


_QUOTED_RELEASE = (
    "PRÉFET DE LA CÔTE-D'OR\n\nCOMMUNIQUÉ DE PRESSE – Dijon, le 7 octobre 2026\n\n"
    "La RD 905 fermée du 19 octobre au 4 décembre\n\nEn raison de travaux sur la falaise, la "
    "circulation sera interdite entre Plombières et Velars du 19 octobre au 4 décembre 2026.\n\n"
    "Contact presse : bureau de la communication – 03 00 00 00 00"
)


def test_a_post_that_reproduces_a_release_in_a_quotation_is_no_release() -> None:
    quoted = "\n".join(f"> {line}" if line else ">" for line in _QUOTED_RELEASE.splitlines())
    text = (
        "# Déviation de Plombières : ce que dit le communiqué\n\n"
        "La préfecture a mis en ligne son texte sur la fermeture de la route départementale entre "
        "Plombières et Velars. Je le reproduis ci-dessous avant de le commenter.\n\n"
        f"{quoted}\n\nPremière remarque : la déviation par l'autoroute suppose de payer le péage "
        "pour les habitants qui travaillent à Dijon, et rien n'est dit d'une gratuité.\n"
    )
    release = parse(text, filename="billet.md")
    assert "release-quoted" in release.evidence
    assert not release.is_press_release


def test_a_release_that_sets_its_own_type_line_as_a_quotation_is_a_release() -> None:
    text = (
        "# La RD 905 fermée du 19 octobre au 4 décembre\n\n"
        "> **Communiqué de presse** — Dijon, le 7 octobre 2026 — Pour diffusion immédiate\n\n"
        "En raison de travaux sur la falaise, la circulation sera interdite entre Plombières et "
        "Velars du 19 octobre au 4 décembre 2026.\n\nContact presse : 03 00 00 00 00\n"
    )
    release = parse(text, filename="release.md")
    assert "release-quoted" not in release.evidence
    assert release.is_press_release


@given(verbs=gs.future_verb_forms)
def test_two_verbs_in_the_future_tell_an_announcement(verbs: list[str]) -> None:
    verbs = [verb.lower() for verb in verbs]  # running text: capitals make a name
    text = f"Le pôle {verbs[0]} ses membres et {verbs[1]} son programme au printemps.\n"
    assert all(cues.FUTURE_VERB.fullmatch(verb) for verb in verbs)
    assert "future-announcements" in parse(text).evidence
    assert "future-announcements" not in parse(f"Le pôle {verbs[0]} ses membres.\n").evidence


def test_names_ending_like_a_future_are_no_verbs() -> None:
    text = "Samira Pereira et Elvira Moreira ont rejoint le conseil d'administration.\n"
    assert "future-announcements" not in parse(text).evidence


@given(form=gs.quoted_in_past_forms)
def test_a_quotation_attributed_in_the_past_is_a_news_report_s(form: str) -> None:
    assert cues.QUOTED_IN_PRESENT.search(form, form.lower()) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "En cliquant sur une requête, vous obtenez ses temps de lecture/écriture et ses appels.",
        "Le temps de lecture et d'écriture des disques baisse de moitié avec cette version.",
    ],
)
def test_a_disk_s_reading_time_in_prose_is_no_post_s_reading_time(sentence: str) -> None:
    text = f"La version 2.0 de l'outil est disponible\n\n{sentence}\n"
    assert "reading-time" not in parse(text).evidence


def test_a_state_press_page_s_reading_time_counts_once_and_not_under_its_dateline() -> None:
    # State sites print a reading time over their releases as magazines do over posts
    page = (
        "Accueil › Presse › Communiqués de presse\n\nLa ministre lance le programme Premier "
        "Poste\n\nPublié le 19/11/2026\nTemps de lecture : 4 minutes\n\nParis, le 19 "
        "novembre 2026\n\nLa ministre a présenté ce jour le programme, destiné aux jeunes "
        "diplômés sans emploi depuis un an. Il ouvrira le 5 janvier dans toutes les agences.\n"
    )
    release = parse(page)
    assert "reading-time" not in release.evidence
    assert "news-site-furniture" not in release.evidence
    assert release.is_press_release
    post = page.replace("Paris, le 19 novembre 2026\n\n", "")
    assert parse(post).evidence.count("reading-time") == 1
    assert "news-site-furniture" not in parse(post).evidence


@given(form=gs.quoted_by_lower_case_office_forms)
def test_an_office_in_lower_case_is_news_style_not_the_institution_s(form: str) -> None:
    assert cues.QUOTED_IN_PRESENT.search(form, form.lower()) is None


def test_read_more_links_make_a_listing() -> None:
    text = "".join(f"Actualité numéro {n} du réseau.\nLire la suite\n\n" for n in range(1, 4))
    assert "release-listing" in parse(text).evidence


# -- whole texts --------------------------------------------------------------------------------

# A préfecture's announcement captured from a web page: body only.
PREFECTURE_BODY = """\
Le délai de dépôt des candidatures au label « Territoire d'industrie » expirait le 15 mars.
Neuf dossiers ont été déposés ce jour à la préfecture de région par les intercommunalités.
Chaque dossier sera examiné par les services de l'État. Avant la fin du mois d'avril, Sophie BERTRAND, préfète de région, rendra un avis sur chacun d'eux.
"""

# A company's announcement republished by a trade site: no header, no contact.
COMPANY_BODY = """\
La société Thermacore a le plaisir d'annoncer la mise en service de sa nouvelle ligne de production à Vierzon, qui portera ses capacités à 40 000 échangeurs par an.
Cet investissement de 12 millions d'euros s'accompagne de la création de 35 emplois.
« Cette ligne est le fruit de trois ans de travail avec nos partenaires », explique Julien Carré, Directeur général de Thermacore.
"""

# An invitation to the press, captured without its header.
INVITATION_BODY = """\
Le pôle Agrinnov organise ses Rencontres de l'innovation le jeudi 6 juin 2024 à 9h30 au parc des expositions de Rennes.
Une conférence de presse se tiendra à 12h en présence de Claire Morvan, Présidente du pôle.
Lieu : Parc des expositions, Hall 4, route de Lorient, Rennes
"""

# A news article about a release: it cites the release, it does not speak for the issuer.
NEWS_ARTICLE = """\
Thermacore annonce la création de 35 emplois à Vierzon

Le fabricant d'échangeurs Thermacore a annoncé lundi la mise en service d'une nouvelle ligne de production dans son usine de Vierzon, selon un communiqué publié par l'entreprise.
L'investissement atteint 12 millions d'euros. « Cette ligne est le fruit de trois ans de travail », a expliqué Julien Carré, directeur général de Thermacore, cité dans le communiqué.
Les syndicats saluent une bonne nouvelle mais restent prudents sur les conditions d'embauche.
"""

# A news lead in the issuer's manner, and nothing else: one weak cue is not enough.
NEWS_LEAD_ONLY = """\
Le constructeur Aerolis annonce la suppression de 400 postes dans ses usines françaises d'ici à la fin de l'année prochaine.
Les syndicats dénoncent une décision brutale et appellent à la grève jeudi.
"""

SPEECH = """\
Discours de Mme Hélène Marchand, ministre déléguée chargée de l'Industrie

Seul le prononcé fait foi

Mesdames et Messieurs les présidents, Mesdames et Messieurs,

Je suis heureuse d'être parmi vous aujourd'hui pour saluer le travail accompli par les pôles de compétitivité depuis vingt ans.
"""

GLOSSARY = """\
Lexique de la communication

Communiqué de presse

Définition

Le communiqué de presse est un document écrit et concis destiné à informer les journalistes d'une actualité.
Un bon communiqué tient sur une page : un titre, un chapô, le corps du texte, un contact presse et un encadré « À propos ».
"""

INDEX_PAGE = """\
Espace presse

Retrouvez ici nos communiqués de presse.

[Communiqué – 14/05/2024] Le réseau Numerika ouvre une antenne à Brest
Lire la suite

[Communiqué – 02/04/2024] Numerika publie son baromètre annuel
Lire la suite

[Communiqué – 11/03/2024] Nomination d'une nouvelle directrice
Lire la suite
"""

# A full release whose page ends with two related releases: still a release.
RELEASE_WITH_RELATED = """\
COMMUNIQUÉ DE PRESSE

Rennes, le 14 mai 2024

Le réseau Numerika ouvre une antenne à Brest

Le réseau Numerika, qui fédère 300 entreprises du numérique, ouvre une antenne à Brest pour accompagner les entreprises du Finistère.

Contact presse : Léa Guillou – 02 99 00 00 00 – lea.guillou@numerika.example

À lire aussi
Communiqué du 02/04/2024 – Numerika publie son baromètre annuel
Communiqué du 11/03/2024 – Nomination d'une nouvelle directrice
"""


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param(PREFECTURE_BODY, {"administrative-today", "official-name-style"}, id="pref"),
        pytest.param(COMPANY_BODY, {"pleased-to-announce", "official-name-style"}, id="company"),
        pytest.param(
            INVITATION_BODY,
            {"announcement-lead", "press-conference-ahead", "event-details", "official-name-style"},
            id="invitation",
        ),
        pytest.param(RELEASE_WITH_RELATED, {"doc-type", "dateline", "contact-block"}, id="full"),
    ],
)
def test_releases_without_a_header_are_known_by_their_voice(text: str, codes: set[str]) -> None:
    release = parse(text)
    assert release.is_press_release
    assert codes <= set(release.evidence)
    assert "release-listing" not in release.evidence


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(NEWS_ARTICLE, "cites-a-release", id="news-article"),
        pytest.param(NEWS_ARTICLE, "news-reporting", id="news-article-attribution"),
        pytest.param(NEWS_LEAD_ONLY, None, id="news-lead"),
        pytest.param(SPEECH, "speech", id="speech"),
        pytest.param(GLOSSARY, "about-press-releases", id="glossary"),
        pytest.param(INDEX_PAGE, "release-listing", id="index-page"),
    ],
)
def test_texts_about_releases_are_not_releases(text: str, code: str | None) -> None:
    release = parse(text)
    assert not release.is_press_release
    assert code is None or code in release.evidence
    assert "not-a-press-release" in [d.code for d in release.diagnostics]


def test_one_weak_cue_alone_is_not_enough() -> None:
    weak = [code for code, weight in WEIGHTS.items() if 0 < weight < THRESHOLD]
    assert {"announcement-lead", "official-name-style", "event-details"} <= set(weak)
    release = parse(NEWS_LEAD_ONLY)
    assert release.evidence == ("announcement-lead",)
    assert not release.is_press_release


def test_every_evidence_code_is_documented_with_its_weight() -> None:
    model = (ROOT / "docs" / "model.md").read_text("utf-8")
    documented = {
        m["code"]: float(m["weight"])
        for m in re.finditer(
            r"^\| `(?P<code>[a-z-]+)` \| (?P<weight>[−+-]?\d+(?:\.\d+)?) \|", model, re.M
        )
    }
    assert documented == WEIGHTS


# -- the keyword shortcut gives the answer of a whole scan ---------------------------------------

CUES = {name: value for name, value in vars(cues).items() if isinstance(value, cues.Cue)}


@pytest.mark.parametrize("name", sorted(CUES))
@given(text=gs.cue_texts)
def test_a_cue_finds_what_a_whole_scan_finds(name: str, text: str) -> None:
    cue = CUES[name]
    whole = {m.start() for m in cue.pattern.finditer(text)}
    near = {m.start() for m in cue.finditer(text, text.lower())}
    assert bool(near) == bool(whole)
    assert near <= {m.start() for m in _all_matches(cue.pattern, text)}
    for match in cue.pattern.finditer(text):
        assert any(keyword in match.group().lower() for keyword in cue.keywords), match.group()


def _all_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match that starts anywhere (``finditer`` skips overlapping ones)."""
    found = []
    for start in range(len(text)):
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
    return found


@given(text=gs.cue_texts)
def test_cues_sharing_a_keyword_index_find_the_same(text: str) -> None:
    lowered = text.lower()
    index = cues.KeywordIndex(lowered)
    for cue in CUES.values():
        alone = [(m.start(), m.end()) for m in cue.finditer(text, lowered)]
        shared = [(m.start(), m.end()) for m in cue.finditer(text, lowered, index)]
        assert alone == shared
        # a text the indexed one begins (the classify step's listing reads a prefix)
        cut = len(text) // 2
        alone = [(m.start(), m.end()) for m in cue.finditer(text[:cut], lowered[:cut])]
        shared = [(m.start(), m.end()) for m in cue.finditer(text[:cut], lowered[:cut], index)]
        assert alone == shared


def _finditer_as_first_written(
    cue: cues.Cue, text: str, lowered: str, index: cues.KeywordIndex | None = None
) -> list[re.Match[str]]:
    """`Cue.finditer` as it was first written: a generator finding each keyword in turn."""
    if len(lowered) != len(text):
        return list(cue.pattern.finditer(text))
    found_matches: list[re.Match[str]] = []
    size = len(lowered)
    find = lowered.find if index is None else index.find
    places = None if index is None else index.places
    seen: set[int] = set()
    hits = 0
    for keyword in cue.keywords:
        if places is not None and places.get(keyword) == ():
            continue
        found = find(keyword, 0, size)
        while found >= 0:
            hits += 1
            if hits > cues.MAX_KEYWORD_HITS:
                found_matches.extend(m for m in cue.pattern.finditer(text) if m.start() not in seen)
                return found_matches
            end = min(len(text), found + len(keyword) + cue.reach)
            for match in cue.pattern.finditer(text, max(0, found - cue.reach), end):
                if (match.end() < end or end == len(text)) and match.start() not in seen:
                    seen.add(match.start())
                    found_matches.append(match)
            found = find(keyword, found + len(keyword), size)
    return found_matches


def _found(matches: Any) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@given(text=gs.cue_texts, repeat=st.integers(0, 3), cut=st.integers(0, 400))
@example(
    text="presse " * (cues.MAX_KEYWORD_HITS + 5) + "Une conférence de presse le 3 mai.",
    repeat=0,
    cut=0,
)
@example(text="Lieu : Paris. " * 40 + "Mardi 3 mars à 10 h", repeat=1, cut=100)
@example(text="\u0130le : une conférence de presse sera organisée", repeat=0, cut=10)
def test_a_cue_finds_what_it_found_keyword_by_keyword(text: str, repeat: int, cut: int) -> None:
    # The windows listed first, then scanned: the same matches in the same order as the
    # keyword-by-keyword generator, with or without the index, on the text or a beginning
    # of the indexed one, below and past MAX_KEYWORD_HITS.
    text = text * (1 + 12 * repeat)
    lowered = text.lower()
    index = cues.KeywordIndex(lowered)
    opening, opening_lowered = text[:cut], lowered[:cut]
    for cue in CUES.values():
        assert _found(cue.finditer(text, lowered)) == _found(
            _finditer_as_first_written(cue, text, lowered)
        )
        assert _found(cue.finditer(text, lowered, index)) == _found(
            _finditer_as_first_written(cue, text, lowered, index)
        )
        assert _found(cue.finditer(opening, opening_lowered, index)) == _found(
            _finditer_as_first_written(cue, opening, opening_lowered, index)
        )
        first = cue.search(text, lowered, index)
        assert _found([first] if first else []) == _found(
            _finditer_as_first_written(cue, text, lowered, index)[:1]
        )
        # (search finds the first match finditer gives, without its generator)
        for args in ((text, lowered), (opening, opening_lowered, index)):
            first = cue.search(*args)
            assert _found([first] if first else []) == _found(cue.finditer(*args))[:1]


def _windows_as_first_written(
    cue: cues.Cue, lowered: str, index: cues.KeywordIndex | None
) -> list[tuple[int, int]]:
    """The windows the keyword-by-keyword generator scanned, up to the one past the limit."""
    windows = []
    find = lowered.find if index is None else index.find
    for keyword in cue.keywords:
        found = find(keyword, 0, len(lowered))
        while found >= 0:
            windows.append(
                (max(0, found - cue.reach), min(len(lowered), found + len(keyword) + cue.reach))
            )
            if len(windows) > cues.MAX_KEYWORD_HITS:
                return windows
            found = find(keyword, found + len(keyword), len(lowered))
    return windows


@given(text=gs.word_mixtures(sorted(cues._INDEXED_KEYWORDS)), data=st.data())
@example(text="pressepresse presse", data=None)
@example(text="xx/xx/xx/xx", data=None)  # a keyword overlapping itself
@example(text="presse " * (cues.MAX_KEYWORD_HITS + 2), data=None)  # past the limit
def test_a_cue_lists_the_windows_it_scanned_keyword_by_keyword(text: str, data: Any) -> None:
    # keywords that repeat, overlap and run into one another; the index of the whole text
    # serving a beginning of it cut anywhere, through a keyword too
    index = cues.KeywordIndex(text)
    cut = len(text) if data is None else data.draw(st.integers(0, len(text)))
    for lowered in (text, text[:cut]):
        for cue in CUES.values():
            expected = _windows_as_first_written(cue, lowered, None)
            assert cue._windows(lowered, None) == expected
            assert cue._windows(lowered, index) == expected


@given(text=gs.word_mixtures(sorted(cues._INDEXED_KEYWORDS)))
def test_the_keyword_index_holds_none_of_the_keywords_it_has_no_place_for(text: str) -> None:
    index = cues.KeywordIndex(text)
    for cue in CUES.values():
        absent = all(not index.places[keyword] for keyword in cue.keywords)
        assert index.holds_none_of(cue.keywords) is absent
    assert not index.holds_none_of(("zz",))  # a word no cue has: the index cannot say


KEYWORDS = sorted(cues._INDEXED_KEYWORDS)


@given(
    text=gs.word_mixtures(KEYWORDS),
    start=st.integers(0, 200),
    end=st.none() | st.integers(0, 200),
)
def test_the_keyword_index_finds_what_str_find_finds(
    text: str, start: int, end: int | None
) -> None:
    index = cues.KeywordIndex(text)
    for keyword in [*KEYWORDS, "zz", "é"]:  # and words no cue has
        assert index.find(keyword, start, end) == text.find(keyword, start, end), keyword
        assert index.find(keyword) == text.find(keyword), keyword


def test_the_keyword_index_knows_every_keyword_of_every_cue() -> None:
    assert {k for cue in CUES.values() for k in cue.keywords} == cues._INDEXED_KEYWORDS


OPENING_CUES = (
    cues.WIRE_CREDIT,
    cues.INFORMS_THE_PUBLIC,
    cues.NEWS_AGENCY_CREDIT,
    cues.NEWSLETTER,
    cues.RELEASE_LABEL,
)


@given(
    text=st.lists(
        # cue phrases, filler past the opening, and letters whose lower case is longer
        # (İ) or depends on what follows (Σ)
        gs.cue_texts | st.sampled_from(["a" * 400, "ΑΣ", "Σ'", "İ", "İ" * 60, "ΣΑ", "\n"]),
        max_size=12,
    ).map("".join)
)
@example(text="İ" * 60 + "(AFP) – Le préfet a fermé la route." + "a" * 1200)
def test_the_opening_read_with_the_heads_index_finds_the_same(text: str) -> None:
    head = text[: classify.SCAN_LIMIT]
    lowered = head.lower()
    reading = classify.Reading(None, head, lowered, cues.KeywordIndex(lowered))  # type: ignore[arg-type]
    opening = reading.opening
    for cue in OPENING_CUES:
        alone = [(m.start(), m.end()) for m in cue.finditer(opening, opening.lower())]
        shared = [(m.start(), m.end()) for m in cue.finditer(opening, *reading.opening_lowered())]
        assert alone == shared


# The schedule's line pattern as it was written first: a line start in multi-line mode.
_TIME_SLOT_LINE_AT_LINE_START = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3])\s?[h:]\s?[0-5]\d\b", re.M)


@given(
    st.lists(
        st.sampled_from(
            [
                "08h30",
                "9 h 00",
                "14:00",
                "24:00",
                "1",
                "2",
                "h",
                ":",
                " ",
                "\t",
                "\n",
                "\n\n",
                "\r",
                "\u00a0",
                "Accueil",
                "-",
                "30",
                "5",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_time_slot_lines_are_counted_as_at_each_line_start(text: str) -> None:
    assert classify._time_slot_lines(text) == len(_TIME_SLOT_LINE_AT_LINE_START.findall(text))


# The official-name cue as it was first written: the look-behind before the first name.
_OFFICIAL_NAME_AS_WRITTEN = re.compile(
    "(?<![\\w'’-])[A-ZÀ-Ý]" + cues.OFFICIAL_NAME_STYLE.pattern.pattern.split(")", 1)[1]
)


_STYLED_NAMES = st.tuples(
    st.sampled_from(["", "a", "l'", "d’", "-", " ", "É", "\n"]),
    st.sampled_from(["Jean", "Anne-Marie", "Élise", "JEAN"]),
    st.sampled_from([" ", "\u00a0", "  "]),
    st.sampled_from(["DUPONT", "Martin", "de Vaise"]),
    st.sampled_from([", ", ","]),
    st.sampled_from(["préfet", "Présidente", "directeur", "la Maire"]),
).map("".join)


@given(
    st.lists(
        _STYLED_NAMES
        | gs.cue_texts
        | st.sampled_from(
            [
                "Jean",
                "Anne-Marie",
                "DUPONT",
                "Martin",
                ", ",
                "préfet",
                "Présidente",
                "l'",
                "d’",
                "-",
                "a",
                "É",
                "Élise",
                " ",
                "\u00a0",
                "\n",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_the_official_name_cue_opening_on_its_capital_matches_as_written(text: str) -> None:
    assert [m.span() for m in cues.OFFICIAL_NAME_STYLE.pattern.finditer(text)] == [
        m.span() for m in _OFFICIAL_NAME_AS_WRITTEN.finditer(text)
    ]


def test_an_agency_credit_counts_only_where_a_dispatch_opens() -> None:
    credit = "(AFP) – Le préfet a fermé la route départementale après l'éboulement.\n"
    filler = "Le conseil municipal a débattu du budget des écoles pendant deux heures.\n" * 20
    assert "news-agency-credit" in parse(credit + filler).evidence
    assert "news-agency-credit" not in parse(filler + credit).evidence


def test_a_keyword_repeated_past_the_limit_falls_back_to_one_scan() -> None:
    text = "presse " * (cues.MAX_KEYWORD_HITS + 5) + "Une conférence de presse se tiendra demain."
    assert cues.PRESS_CONFERENCE_AHEAD.search(text, text.lower()) is not None


def test_a_date_the_lead_merely_mentions_is_no_evidence_of_a_release() -> None:
    text = (
        "Le conseil municipal s'est réuni\n\nLa séance s'est tenue le 5 mars 2019 dans la salle "
        "des fêtes, en présence de quarante habitants venus écouter les débats.\n"
    )
    release = parse(text)
    assert release.date is not None
    assert "release-date" not in release.evidence


@given(
    st.sampled_from(
        [
            "Agenda prévisionnel du préfet – semaine du 14 au 18 juin 2021",
            "Agenda du ministre",
            "Programme des déplacements du préfet",
        ]
    )
)
def test_an_official_s_agenda_is_no_release(title: str) -> None:
    page = (
        f"# {title}\n\nPublié le 11/06/2021\n\nLe préfet se rendra aux rendez-vous suivants "
        "(sous réserve de modifications) :\n\n"
        "- **10h00** – Réunion du comité départemental de l'eau, préfecture\n"
        "- **15h30** – Visite d'une entreprise à Cognac – *ouvert à la presse*\n"
    )
    release = parse(page)
    assert "agenda" in release.evidence
    assert not release.is_press_release


def test_a_release_about_an_agenda_2030_is_no_schedule() -> None:
    text = (
        "Agenda 2030 : la Région adopte sa feuille de route\n\nRennes, le 12 mars 2024\n\n"
        "La Région a adopté aujourd'hui sa feuille de route pour les objectifs de "
        "développement durable.\n"
    )
    assert "agenda" not in parse(text).evidence


# -- cues tried only where a match can start ---------------------------------------------------

STARTING_CUES = {
    name: cue
    for name, cue in vars(cues).items()
    if isinstance(cue, cues.Cue) and cue.starts is not None
}
# What a category or a wide class can start with, as samples.
_SAMPLES = "0123456789٣aAzZéÉ _-.,;:!?'’«»()[]<>\n\t\u00a0"


def first_characters(items: Any, flags: int) -> set[str] | None:
    """The characters a match of the parsed pattern ``items`` can start with, among the
    literals it writes and :data:`_SAMPLES`; ``None`` when it could match empty."""
    found: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item gives the first character
        if op is sre.LITERAL:
            return found | {chr(av)}
        if op is sre.IN:
            inside = re.compile(f"[{_class_source(av)}]", flags)
            return found | {c for c in _SAMPLES if inside.match(c)} | _literals(av)
        if op is sre.SUBPATTERN:
            first = first_characters(av[-1], flags)
            if first is not None:
                return found | first
            continue
        if op is sre.BRANCH:
            firsts = [first_characters(branch, flags) for branch in av[1]]
            if all(first is not None for first in firsts):
                return found | set().union(*firsts)  # type: ignore[arg-type]
            found |= set().union(*(f for f in firsts if f is not None))
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            first = first_characters(av[2], flags) or set()
            found |= first
            if av[0] > 0:
                return found
            continue
        if op is sre.CATEGORY or op is sre.ANY:
            return found | set(_SAMPLES)
        return found | set(_SAMPLES)  # anything else: assume it may start anywhere
    return None


def _literals(items: Any) -> set[str]:
    return {chr(av) for op, av in items if op is sre.LITERAL}


def _class_source(items: Any) -> str:
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.NEGATE:
            parts.insert(0, "^")
        elif op is sre.CATEGORY:
            parts.append({sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}.get(av, r"\w"))
    return "".join(parts)


def test_cues_with_a_starting_class_are_found() -> None:
    # (OFFICIAL_NAME_STYLE opens on its capital's class itself)
    assert {"EVENT_DETAILS", "RELEASE_LISTING_ITEM"} <= set(STARTING_CUES)


@pytest.mark.parametrize("name", sorted(STARTING_CUES))
def test_a_cues_starting_class_holds_every_first_character(name: str) -> None:
    # The look-ahead must never hide a match: every character a match of the pattern can
    # start with is in the class (checked on the pattern as written, so that a new
    # alternative starting with a new letter fails here, not silently in classification).
    cue = STARTING_CUES[name]
    assert cue.starts is not None
    prefix = f"(?={cue.starts})(?:"
    written = cue.pattern.pattern.removeprefix(prefix)[:-1]
    first = first_characters(sre_parse.parse(written, cue.pattern.flags), cue.pattern.flags)
    assert first is not None, "a cue that can match empty has no first character"
    starts = re.compile(cue.starts, cue.pattern.flags)
    missing = sorted(c for c in first if starts.match(c) is None)
    assert missing == [], f"{name} can start with {missing}, outside {cue.starts}"


def test_a_press_room_page_under_its_section_title_is_a_listing() -> None:
    # The page's introduction is long enough to pass for a body paragraph; the teasers under
    # it, a type and a date each, are the page's items.
    intro = (
        "Retrouvez ici les communiqués de presse, avis aux médias et dossiers de presse de "
        "l'agence. Les documents sont disponibles en français ; certains existent également "
        "en allemand, sur demande auprès du service de presse."
    )
    teasers = "".join(
        f"<p>{kind} · {day:02d}/05/2023</p><h2>Un titre de communiqué du {day} mai</h2>"
        f"<p>Namur, ce {day} mai 2023 – Le nombre de demandes a progressé de 35 %…</p>"
        for kind, day in (
            ("Communiqué de presse", 3),
            ("Avis aux médias", 11),
            ("Dossier de presse", 24),
        )
    )
    page = f"<html><body><h1>Espace presse</h1><p>{intro}</p>{teasers}</body></html>"
    release = parse(page)
    assert "release-listing" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "title",
    [
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL du jeudi 10 avril 2025",
        "Compte rendu de la séance du conseil communautaire du 3 mars 2024",
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 18 novembre 2019",
    ],
)
def test_a_council_s_minutes_are_no_release(title: str) -> None:
    text = (
        f"{title}\n\nSaint-Claude, le 10 avril 2025\n\nLe conseil municipal s'est réuni sous la "
        "présidence du maire. Le procès-verbal de la séance précédente est adopté à "
        "l'unanimité. Le conseil approuve le budget supplémentaire par 23 voix pour.\n"
    )
    release = parse(text)
    assert "minutes" in release.evidence
    assert not release.is_press_release


# -- what today's title and citation rules must leave alone (a review's findings) ------------

_PISCINE = (
    "Ouverture de la piscine Jean-Bouin\n\nLyon, le 10 mars 2026\n\nLa Ville de Lyon rouvre "
    "lundi la piscine Jean-Bouin après dix mois de travaux de rénovation énergétique.\n\n"
    "Contact presse : Marie Dupont – 04 72 10 30 30\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # a site's menu kept as lines: "Agenda", "1 résultat" are its items, not its title
        "Accueil\nActualités\nAgenda\nEspace presse\n\n" + _PISCINE,
        "Accueil\nAgenda\nPlan du site\n1 résultat\n\n" + _PISCINE,
        # a research institute's rubric under the type line
        "COMMUNIQUÉ DE PRESSE\n\nRésultats de recherche\n\n" + _PISCINE,
        # a union's reply to a ministry's release, in its own voice
        _PISCINE.replace(
            "La Ville de Lyon rouvre",
            "Le ministère a publié hier un communiqué affirmant le contraire. La Ville rouvre",
        ),
        # a press officer sending her own release, quoted below her note
        "Bonjour, veuillez trouver ci-dessous notre communiqué de presse, merci de le diffuser "
        "auprès de vos lecteurs et auditeurs.\n\n"
        + "\n".join(f"> {line}" if line else ">" for line in (
            "COMMUNIQUÉ DE PRESSE\n\n" + _PISCINE).splitlines()),
    ],
)  # fmt: skip
def test_menus_rubrics_replies_and_forwards_stay_releases(text: str) -> None:
    release = parse(text, filename="release.md" if text.startswith("Bonjour") else None)
    assert release.is_press_release, release.evidence


def test_an_invitation_s_programme_heading_is_no_agenda() -> None:
    text = (
        "Inauguration du gymnase de la Duchère\n\nLyon, le 10 mars 2026\n\nAgenda :\n\n"
        "- 10 h 00 : accueil des invités\n- 10 h 30 : visite\n\nLe maire de Lyon inaugurera "
        "samedi le nouveau gymnase de la Duchère, en présence des clubs du quartier.\n"
    )
    assert "agenda" not in parse(text).evidence


# -- a release's own marks outweigh the cues of the pages that look like it --------------------

_MARKED = (
    "PRÉFECTURE DU RHÔNE\n\nCOMMUNIQUÉ DE PRESSE\n\nLyon, le 8 juillet 2026\n\n{title}\n\n{body}\n"
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Canicule : les bons réflexes à adopter",
            "Météo-France a placé le département en vigilance orange canicule. Le préfet appelle "
            "chacun à la vigilance et rappelle les numéros utiles.",
        ),
        (
            "La Région lance un appel à projets pour les tiers-lieux ruraux",
            "La Région ouvre un appel à projets doté de 2 millions d'euros.\n\nQui peut "
            "candidater ? Les communes de moins de 5 000 habitants.\n\nComment candidater ? Le "
            "dossier de candidature est à déposer en ligne ; les critères de sélection sont "
            "détaillés dans le règlement.",
        ),
        (
            "Plus de 200 maires appellent à sauver les petites lignes",
            "Dans une tribune publiée dans Le Parisien ce dimanche, plus de 200 maires demandent "
            "un plan d'investissement.\n\nLes premiers signataires : Anne Morel (Figeac), Paul "
            "Durand (Millau).",
        ),
        (
            "Le festival Jazz en Baie revient pour une 20e édition",
            "Au programme :\n"
            + "".join(
                f"- {day} juillet 2026 – Avranches : concert n° {day}\n" for day in range(1, 8)
            ),
        ),
        (
            "Parc éolien : ouverture de l'enquête publique",
            "L'enquête publique se déroulera du 4 mai au 5 juin. Le commissaire enquêteur tiendra "
            "quatre permanences.\n\nLe dossier peut être consulté en mairie. Les avis des "
            "communes peuvent être consultés sur le site des services de l'État.",
        ),
    ],
    ids=[
        "practical-title",
        "call-for-projects",
        "tribune-reported",
        "festival-dates",
        "inquiry-announced",
    ],
)
def test_a_release_with_its_own_type_and_dateline_stays_one_whatever_it_announces(
    title: str, body: str
) -> None:
    release = parse(_MARKED.format(title=title, body=body))
    assert release.is_press_release
    negatives = {
        "practical-page",
        "call-for-applications",
        "opinion-piece",
        "schedule",
        "public-notice",
        "notice-given",
    }
    assert not negatives & set(release.evidence)


@pytest.mark.parametrize("title", ["Nos missions", "Présentation de l'agence"])
def test_a_standing_page_with_its_footer_contact_is_no_release(title: str) -> None:
    # the body's address and switchboard under "Contact" are no press contact
    text = (
        f"# {title}\n\nCréée en 2019, l'agence régionale de la biodiversité fédère "
        "collectivités, associations et scientifiques. Nous animons le réseau des acteurs de la "
        "nature et soutenons les projets citoyens.\n\n## Contact\n\nAgence régionale de la "
        "biodiversité – 6, rue du Carbone – 45000 Orléans\n02 00 00 00 90 – "
        "contact@arb.example.fr\n"
    )
    page = parse(text, adapter="markdown")
    assert "contact-block" in page.evidence
    assert "institution-page" in page.evidence
    assert not page.is_press_release


@pytest.mark.parametrize("title", ["Nos missions", "Présentation", "Gouvernance", "L'équipe"])
def test_a_release_titled_like_a_standing_page_with_its_press_contact_stays_one(
    title: str,
) -> None:
    text = (
        f"# {title}\n\nLe pôle Aquivalor renouvelle son conseil d'administration et confie sa "
        "présidence à Hélène Baradat, directrice générale de Vignalis.\n\n**Contact presse :** "
        "Marion Lacoste – 05 00 00 00 12 – m.lacoste@aquivalor.example.fr\n"
    )
    release = parse(text, adapter="markdown")
    assert "institution-page" not in release.evidence
    assert release.is_press_release


def test_a_release_presenting_a_budget_is_no_standing_page() -> None:
    text = (
        "# Présentation du budget primitif 2026\n\nLa Région consacre 1,2 milliard d'euros aux "
        "lycées, aux transports et à l'emploi, un budget en hausse de 3 %.\n\n## Contact\n\n"
        "Hôtel de Région – 02 00 00 00 90\n"
    )
    assert "institution-page" not in parse(text, adapter="markdown").evidence


def test_a_news_page_s_footer_card_of_the_communication_service_makes_no_release() -> None:
    text = (
        "Travaux : la rue Nationale fermée à la circulation\n\nLa rue Nationale sera fermée à la "
        "circulation du 4 au 15 mai pour le renouvellement des canalisations, indique la Ville "
        "dans un message publié sur son site.\n\nDirection de la communication\n"
        "Hôtel de Ville, 2 place de l'Hôtel de Ville, 37000 Tours\nStandard : 02 47 21 60 00\n"
        "contact@ville-tours.fr\n"
    )
    release = parse(text)
    assert release.contacts == ()
    assert not release.is_press_release


_DATED_LINKS = (
    "- **03/12/2026** — [Ortalis inaugure son usine de Vierzon](https://ortalis.example.com/a)\n"
    "- **19/11/2026** — [Chiffre d'affaires du troisième trimestre](https://ortalis.example.com/b)\n"
    "- 5 novembre 2026 : [Ortalis nomme sa directrice financière](https://ortalis.example.com/c)\n"
)


@pytest.mark.parametrize("title", ["Espace presse", "Salle de presse", "Communiqués de presse"])
def test_a_press_room_page_listing_its_releases_by_day_and_link_is_no_release(title: str) -> None:
    text = (
        f"# {title}\n\nRetrouvez ici les communiqués et les dossiers de presse du groupe.\n\n"
        f"## Derniers communiqués\n\n{_DATED_LINKS}\n**Contact presse :** Claire Jourdan – "
        "01 00 00 00 10 – presse@ortalis.example.com\n"
    )
    release = parse(text, adapter="markdown")
    assert "release-listing" in release.evidence
    assert not release.is_press_release


def test_a_release_ending_with_its_related_releases_by_day_stays_one() -> None:
    text = (
        "# Ortalis ouvre une usine à Vierzon\n\n**Vierzon, le 3 décembre 2026** – Ortalis "
        "inaugure son usine de panneaux isolants biosourcés, un investissement de 38 M€.\n\n"
        f"## À lire aussi\n\n{_DATED_LINKS}"
    )
    release = parse(text, adapter="markdown")
    assert "release-listing" not in release.evidence
    assert release.is_press_release


def test_a_release_under_its_site_s_section_heading_with_related_releases_after_stays_one() -> None:
    text = (
        "# Communiqués de presse\n\n## Ortalis ouvre une usine à Vierzon\n\n**Vierzon, le 3 "
        "décembre 2026** – Ortalis inaugure son usine de panneaux isolants biosourcés, un "
        "investissement de 38 M€ qui créera 120 emplois d'ici 2028 dans le Cher, avec le "
        "soutien de la Région Centre-Val de Loire et de l'agglomération de Vierzon.\n\n"
        f"## Autres communiqués\n\n{_DATED_LINKS}"
    )
    release = parse(text, adapter="markdown")
    assert "release-listing" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize("year", ["", " 2026"])
def test_a_financial_calendar_s_table_of_days_is_a_schedule(year: str) -> None:
    # an investor page's calendar flattened to " | " cells: day and month, the event
    rows = "\n".join(
        f"{day}{year} | {event} | |"
        for day, event in [
            ("21 mars", "Résultats annuels 2025"),
            ("15 mai", "Chiffre d'affaires du premier trimestre"),
            ("12 juin", "Assemblée générale annuelle des actionnaires"),
            ("18 septembre", "Résultats semestriels"),
            ("19 septembre", "Réunion investisseurs"),
            ("14 novembre", "Chiffre d'affaires du troisième trimestre"),
        ]
    )
    text = f"Calendrier financier 2026\nDATE | ÉVÉNEMENT | FENÊTRES NÉGATIVES |\n{rows}\n"
    release = parse(text, filename="calendrier.txt")
    assert "schedule" in release.evidence
    assert not release.is_press_release


def test_a_release_s_table_of_days_under_its_dateline_is_no_schedule() -> None:
    rows = "\n".join(
        f"{day} janvier 2026 | 18h00 | Hôtel de Ville" for day in (5, 12, 19, 26, 27, 28)
    )
    text = (
        "Actualités\n\nLa Ville publie le calendrier des conseils municipaux 2026\n\nRennes, le "
        "2 janvier 2026 – Les séances du conseil municipal se tiendront aux dates suivantes :"
        f"\n\n{rows}\n\nLes séances sont publiques.\n"
    )
    assert "schedule" not in parse(text, filename="cp.txt").evidence


def test_a_release_s_few_key_days_in_a_table_are_no_schedule() -> None:
    rows = "\n".join(
        f"{day} | {event} |"
        for day, event in [("3 mars", "Ouverture des inscriptions"), ("12 mai", "Jury")]
    )
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nLa Région lance son appel à projets\n\nRennes, le 2 mars "
        f"2026 – La Région ouvre demain son appel à projets pour les tiers-lieux.\n\n{rows}\n"
    )
    assert "schedule" not in parse(text, filename="cp.txt").evidence


@pytest.mark.parametrize("mark", ["- **{}** – ", "* {} : ", "• _{}_ – "])
def test_time_slots_set_as_list_items_make_a_schedule(mark: str) -> None:
    slots = "\n".join(
        mark.format(time) + f"Rendez-vous {n} de l'adjointe à la culture, salle Ockeghem."
        for n, time in enumerate(["9 h 00", "10 h 30", "11h15", "14:00", "16 h 45", "18 h 30"])
    )
    text = f"# Rendez-vous de la semaine\n\n## Lundi 7 décembre\n\n{slots}\n"
    assert "schedule" in parse(text, adapter="markdown").evidence


@pytest.mark.parametrize(
    "kind",
    [
        "Note de position",
        "NOTE DE POSITION",
        "Position paper",
        "Livre blanc",
        "Cahier d'acteur",
        "Rapport annuel 2025",
        "Rapport d’activité",
        "Plaidoyer",
        "Contribution à la consultation publique",
    ],
)
@pytest.mark.parametrize(
    ("where", "contact"), [("label", True), ("label", False), ("title", False)]
)
def test_a_position_paper_or_a_report_is_no_release(kind: str, where: str, contact: bool) -> None:
    """The kind alone over the title is the document's label, press contact or not; a title
    opening with the kind makes no release only without a press contact."""
    title = "Pour un forfait de coordination pérenne dans les centres de santé"
    head = f"*{kind}*\n\n# {title}" if where == "label" else f"# {kind} : {title}"
    contact_block = (
        "**Contact presse :** Marion Lacoste – 05 00 00 00 12 – m.lacoste@fncsa.example.fr\n"
        if contact
        else ""
    )
    text = (
        f"Fédération nationale des centres de santé associatifs\n\n{head}\n\n"
        "Les centres de santé associatifs assurent 4 millions de consultations par an. Nous "
        f"proposons un forfait de coordination pérenne.\n\n{contact_block}"
    )
    release = parse(text, adapter="markdown")
    assert "position-paper" in release.evidence
    assert not release.is_press_release


def test_a_release_titled_with_a_report_s_kind_and_its_news_stays_a_release() -> None:
    text = (
        "# Rapport annuel 2025 : la Cour des comptes alerte sur la dette sociale\n\n"
        "La Cour des comptes publie ce jour son rapport annuel. Elle alerte sur la dette "
        "sociale, qui atteindra 180 milliards d'euros en 2027.\n\n"
        "Contact presse : service de presse – presse@ccomptes.example.fr – 01 00 00 00 00\n"
    )
    release = parse(text, adapter="markdown")
    assert "position-paper" not in release.evidence
    assert release.is_press_release


def test_a_type_cited_by_a_sentence_wrapped_onto_a_line_is_no_title_page_type() -> None:
    text = (
        "# Questions fréquentes – Programme RénoVert Habitation\n\nCette page répond aux "
        "questions les plus fréquentes sur le programme. Pour l'annonce, consultez le\n"
        "[communiqué du 2 février 2026](https://example.org/presse/renovert).\n\n"
        "## Qui est admissible ?\n\nLes propriétaires occupants d'une résidence principale.\n"
    )
    release = parse(text, adapter="markdown")
    assert release.header.doc_type is None
    assert "doc-type" not in release.evidence


@given(
    title=st.sampled_from(["Nos communiqués", "Tous les communiqués", "Communiqués de presse"]),
    days=st.lists(gs.dates, min_size=3, max_size=5, unique=True),
    style=st.sampled_from(["numeric", "long"]),
    label=st.sampled_from(["Information réglementée ", "Communiqué ", ""]),
    marker=st.sampled_from(["", "- "]),
)
def test_a_press_room_s_lines_each_opening_with_a_day_make_a_listing(
    title: str, days: list[dt.date], style: str, label: str, marker: str
) -> None:
    """A company's "Nos communiqués" page lists its releases a line each, day first, with
    its filing label and its press contact: the page is no release."""
    lines = [
        f"{marker}{gs.render_date(day, style)} {label}Chiffre d'affaires du trimestre numéro {n} "
        "en hausse PDF"
        for n, day in enumerate(days, start=1)
    ]
    page = (
        f"# {title}\n\nRetrouvez l'ensemble des communiqués de presse et de l'information "
        "réglementée publiés par le groupe.\n\n" + "\n\n".join(lines) + "\n\n## Contact presse\n\n"
        "Agence Seitane – Manon Rigaud – brevane@seitane.example.fr – +33 6 00 00 00 09\n"
    )
    release = parse(page, adapter="markdown")
    assert "release-listing" in release.evidence
    assert "release-label" not in release.evidence
    assert not release.is_press_release


def test_a_release_titled_with_dated_lines_in_its_body_under_a_plain_title_is_no_listing() -> None:
    page = (
        "# Le groupe publie son calendrier financier\n\nParis, le 3 mars 2026 – Le groupe "
        "annonce les dates de ses prochaines publications.\n\n22/04/2026 Chiffre d'affaires du "
        "premier trimestre\n\n23/07/2026 Chiffre d'affaires semestriel\n\n22/10/2026 Chiffre "
        "d'affaires du troisième trimestre\n\nContact presse : Manon Rigaud – 06 00 00 00 09\n"
    )
    release = parse(page, adapter="markdown")
    assert "release-listing" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize("tense", ["present", "future"])
def test_a_public_inquiry_notice_is_no_release_in_either_tense(tense: str) -> None:
    can, can_plural = ("peut", "peuvent") if tense == "present" else ("pourra", "pourront")
    text = (
        "PRÉFECTURE DE LA SARTHE\n\nAVIS D’ENQUÊTE PUBLIQUE\n\nDemande d’autorisation "
        "environnementale présentée par la société Parc éolien des Trois Chênes\n\n"
        "Une enquête publique de 33 jours est prescrite du lundi 29 juin au vendredi 31 juillet "
        f"2026.\n\nLe dossier d’enquête {can} être consulté en mairie de Courcelles.\n\n"
        f"Le public {can} formuler ses observations sur le registre.\n\nLes pièces du dossier "
        f"{can_plural} être consultées sur le site des services de l'État.\n\n"
        "Le Mans, le 4 juin 2026\nPour le préfet et par délégation,\nla secrétaire générale\n"
    )
    release = parse(text)
    assert "public-notice" in release.evidence
    assert not release.is_press_release


def test_a_journalist_s_post_quoting_a_release_is_no_release() -> None:
    # The post quotes the release's dateline and contact line; its byline says who writes.
    text = (
        "---\ntitle: Ce que dit (et ne dit pas) le communiqué\ndate: 2026-02-05\n---\n\n"
        "Publié le 5 février 2026 par Thomas Delmas, journaliste indépendant\n\n"
        "Hier, ma boîte a reçu un communiqué. Le voici, dans son chapô d'origine :\n\n"
        "Bordeaux, le 4 février 2026 – La Métropole lance un programme de reconquête de 300 "
        "hectares de terres agricoles pour y installer une soixantaine de maraîchers.\n\n"
        "Sur le papier, c'est une bonne nouvelle. Mais quelques points m'ont fait tiquer.\n\n"
        "Contact presse : Service de presse de la Métropole – 05 56 00 00 62 – "
        "presse@example.org\n"
    )
    release = parse(text, adapter="markdown")
    assert "journalist-byline" in release.evidence
    assert not release.is_press_release


def test_a_notice_closed_by_its_organisation_s_signature_is_a_release() -> None:
    # Captured without its header: no type, no dateline, no contact; its own voice and name.
    text = (
        "Face à la hausse rapide des cas de grippe, et pour protéger les patients les plus "
        "fragiles, des mesures temporaires de restriction des visites sont mises en place à "
        "compter du jeudi 3 décembre.\n\n"
        "Les visites sont limitées à une personne par patient et par jour, de 13 h à 19 h.\n\n"
        "La Direction générale du Centre hospitalier de Vallon\n\nPublié le 2 décembre 2026\n"
    )
    release = parse(text)
    assert "signed-by-organisation" in release.evidence
    assert release.is_press_release
    unsigned = parse(text.replace("La Direction générale du Centre hospitalier de Vallon", ""))
    assert not unsigned.is_press_release


def test_a_forum_thread_about_an_announcement_is_no_release() -> None:
    posts = [
        ("nageuse56", "23 juin 2026 à 21:14", "La piscine ferme du 6 juillet au 30 août."),
        ("Gilles_R", "23 juin 2026 à 22:03", "Il y a une navette gratuite le mercredi."),
        ("nageuse56", "24 juin 2026 à 07:40", "Merci, je ne l'avais pas vue."),
    ]
    thread = "\n\n---\n\n".join(f"{who}\nPosté le {when}\n\n{what}" for who, when, what in posts)
    text = f"Forum › Vie locale\n\nPiscine fermée tout l'été ??\n\n{thread}\n"
    release = parse(text)
    assert "forum-thread" in release.evidence
    assert not release.is_press_release
    # a page's own stamp, once, is no thread
    page = "Piscine : fermeture pour travaux\n\nPosté le 23 juin 2026 à 21:14\n\nLa piscine ferme."
    assert "forum-thread" not in parse(page).evidence


#: How letters and speeches greet their addressees: an office, a group, a friend.
_ADDRESSEES = st.one_of(
    st.tuples(
        st.sampled_from(["Monsieur le", "Madame la"]),
        st.sampled_from(
            [
                "Préfet",
                "Maire",
                "Président de la Région",
                "présidente du conseil départemental",
                "Directeur général",
                "Recteur",
                "Ministre",
            ]
        ),
    ).map(" ".join),
    st.tuples(
        st.sampled_from(["Mesdames et Messieurs les", "Mesdames, Messieurs les"]),
        st.sampled_from(["élus", "maires", "conseillers départementaux", "parlementaires"]),
    ).map(" ".join),
    st.tuples(
        st.sampled_from(["Mes chers", "Chers", "Chères et chers"]),
        st.sampled_from(["collègues", "adhérents", "membres", "élus", "habitants"]),
    ).map(" ".join),
)


@given(addressee=_ADDRESSEES, emphasis=st.sampled_from(["", "**"]))
def test_a_text_opening_with_a_salutation_to_someone_is_a_letter_or_a_speech(
    addressee: str, emphasis: str
) -> None:
    text = (
        f"Association des maires du Val\n\nPoitiers, le 5 mars 2026\n\n"
        f"{emphasis}{addressee},{emphasis}\n\nNous souhaitons appeler votre attention sur la "
        "fermeture annoncée de trois classes dans nos communes rurales.\n\nContact : "
        "secretariat@amv.example.org\n"
    )
    release = parse(text)
    assert "addressed" in release.evidence
    assert not release.is_press_release


def test_a_speech_s_protocol_of_several_salutations_is_one_paragraph_of_them() -> None:
    text = (
        "Discours du préfet\n\nMonsieur le Maire,\nMesdames et Messieurs les élus,\n"
        "Mesdames et Messieurs,\n\nJe suis heureux d'être parmi vous ce matin pour "
        "inaugurer ce nouveau centre de secours.\n"
    )
    assert "addressed" in parse(text).evidence


@pytest.mark.parametrize(
    "greeting",
    [
        "Madame, Monsieur,",
        "Mesdames, Messieurs,",
        "Mesdames et Messieurs,",
        "Mesdames, Messieurs les journalistes,",
        "Chers confrères,",
        "Chères rédactions,",
    ],
)
def test_a_greeting_that_names_no_one_is_a_mailing_s_not_a_letter_s(greeting: str) -> None:
    text = f"{greeting}\n\nLa Ville de Brest inaugure sa nouvelle médiathèque le 4 avril.\n"
    assert "addressed" not in parse(text).evidence


@pytest.mark.parametrize(
    "frame",
    [
        "COMMUNIQUÉ DE PRESSE\n\nParis, le 17 janvier 2025\n\n{}\n\n{}",
        "LETTRE OUVERTE\n\nParis, le 17 janvier 2025\n\n{}\n\n{}\n\nContact presse\n\n"
        "Julie Marec – 01 00 00 00 12 – presse@fnes.example.org\n",
    ],
    ids=["under-a-release-label", "with-a-press-contact"],
)
def test_an_open_letter_a_body_sends_to_the_press_stays_a_release(frame: str) -> None:
    text = frame.format(
        "Madame la Ministre,",
        "Depuis septembre, la fréquentation de nos épiceries a augmenté de 23 %. Nous vous "
        "demandons de rétablir les crédits de l'aide alimentaire.",
    )
    release = parse(text)
    assert "addressed" not in release.evidence
    assert release.is_press_release


def test_a_wrapped_line_ending_with_a_comma_is_no_salutation() -> None:
    text = (
        "La Région lance son plan vélo.\n\nMonsieur le Préfet a rappelé que les travaux,\n"
        "engagés en 2025, seront achevés en juin.\n"
    )
    assert "addressed" not in parse(text).evidence


@pytest.mark.parametrize("link", ["Lire la suite", "Lire l'article ›", "Read more"])
def test_teasers_captured_as_text_each_ending_with_their_link_make_a_listing(link: str) -> None:
    """A news page captured as text runs each teaser's label, title, date and summary into
    one paragraph: long as a body's, it still ends with its link to the item."""
    teasers = [
        f"{label}\n{title}\n{day} 2026\n{summary}\n{link}"
        for label, title, day, summary in [
            (
                "Communiqué de presse",
                "Rentrée 2026 : hausse de 22 % des effectifs en licence professionnelle",
                "15 septembre",
                "Les formations tournées vers l'industrie confirment leur attractivité auprès "
                "des bacheliers de la région, selon les chiffres arrêtés au 10 septembre.",
            ),
            (
                "Événement",
                "Fête de la science : 40 ateliers sur les campus de Colmar et de Mulhouse",
                "2 octobre",
                "Du 9 au 12 octobre, les laboratoires ouvrent leurs portes au grand public et "
                "aux scolaires, avec des visites guidées et des démonstrations.",
            ),
            (
                "Communiqué de presse",
                "L'université ouvre un centre de simulation en santé sur son campus",
                "20 mai",
                "Un plateau de 900 m² pour former étudiants et professionnels de santé aux "
                "gestes d'urgence, ouvert aux partenaires hospitaliers du territoire.",
            ),
        ]
    ]
    page = "Université du Rhin\n\nNos actualités\n\n" + "\n\n".join(teasers) + "\n"
    release = parse(page)
    assert "release-listing" in release.evidence
    assert not release.is_press_release


def test_a_release_paragraph_ending_with_a_link_to_more_is_still_its_body() -> None:
    """A release page that folds its text under one "Lire la suite" is no listing: one link
    is no list of items."""
    body = (
        "La Ville de Brest inaugure le 4 avril sa nouvelle médiathèque, un équipement de "
        "4 000 m² ouvert sept jours sur sept, qui remplace les deux bibliothèques du centre. "
        "Le maire présentera le projet aux habitants lors d'une journée portes ouvertes."
    )
    page = (
        "COMMUNIQUÉ DE PRESSE\n\nBrest, le 2 avril 2026\n\n"
        f"{body}\n\nLire la suite\n\n{body}\n\nContact presse : Julie Marec – 02 00 00 00 12\n"
    )
    release = parse(page)
    assert "release-listing" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize("title", ["Espace investisseurs", "Communiqués financiers"])
def test_an_investor_space_listing_its_releases_by_day_is_a_listing(title: str) -> None:
    lines = [
        "23/04/2026 Information réglementée Chiffre d'affaires du 1er trimestre 2026 : +5,9 %",
        "12/03/2026 Information réglementée Résultats annuels 2025 : marge de 8,4 %",
        "05/02/2026 Communiqués de presse Solveo finalise l'acquisition d'Ingeniería Norte",
        "28/01/2026 Information réglementée Chiffre d'affaires annuel 2025 : 264,3 M€",
    ]
    page = f"# {title}\n\n" + "\n\n".join(lines) + "\n\n## Contact investisseurs\n\n"
    page += "Arnaud Besson, Directeur financier – investisseurs@solveo.example.com\n"
    release = parse(page)
    assert "release-listing" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "kind",
    ["NOTE DE SERVICE N° 2026-31", "Note interne", "Circulaire n° 12/2026", "Note de service"],
)
def test_an_internal_note_to_the_staff_is_no_release(kind: str) -> None:
    text = (
        f"Groupe hospitalier du Val\n\nDirection des ressources humaines\n\n**{kind}**\n\n"
        "**Objet : Organisation des congés d'été 2026**\n\nAfin de garantir la continuité "
        "des soins, chaque agent bénéficie d'au moins trois semaines de congé entre le 1er juin "
        "et le 30 septembre. Les plannings validés sont transmis à la DRH au plus tard le 15 "
        "juin 2026.\n"
    )
    release = parse(text)
    assert "internal-note" in release.evidence
    assert not release.is_press_release


def test_a_release_about_a_circular_writes_its_type_and_stays_one() -> None:
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nParis, le 3 juin 2026\n\nCirculaire n° 12/2026 : le ministre "
        "simplifie l'accueil des apprentis\n\nLe ministre publie ce jour une circulaire qui "
        "allège les formalités d'accueil des apprentis dans les entreprises de moins de onze "
        "salariés.\n"
    )
    release = parse(text)
    assert "internal-note" not in release.evidence
    assert release.is_press_release


def _page_with_form(fields: str) -> str:
    return (
        "<html><head><title>Conférence grand public</title></head><body><main>"
        "<h1>Conférence grand public : le cœur des femmes</h1>"
        "<p>Publié le 12 janvier 2026</p>"
        "<p>Le service de cardiologie du centre hospitalier organise une conférence ouverte à "
        "tous, jeudi 5 février 2026 de 18 h 30 à 20 h 30, à l'amphithéâtre de l'institut de "
        "formation en soins infirmiers. Entrée gratuite sur inscription.</p>"
        f"<form action='/inscription' method='post'>{fields}"
        "<button type='submit'>Je m'inscris</button></form>"
        "<h2>Contact</h2><p>Secrétariat de cardiologie – 02 00 00 00 34 – "
        "cardiologie@ch.example.fr</p></main></body></html>"
    )


def _inputs(*kinds: str) -> str:
    return "".join(f"<label>Champ {n}</label><input type='{k}'>" for n, k in enumerate(kinds))


@pytest.mark.parametrize(
    "fields",
    [
        _inputs("text", "text", "email") + "<select name='nb'><option>1</option></select>",
        _inputs("text", "text", "email", "tel", "number"),
        _inputs("text", "text", "text", "email"),  # name, medium, press card, e-mail
    ],
    ids=["name-first-name-email-and-people", "with-phone-and-number", "accreditation"],
)
def test_a_page_with_a_form_asking_the_visitor_s_details_is_a_registration_page(
    fields: str,
) -> None:
    release = parse(_page_with_form(fields), filename="page.html")
    assert "registration-form" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "fields",
    [
        _inputs("email"),  # a newsletter's sign-up
        _inputs("text", "email"),  # the same with a name
        _inputs("text", "text", "email"),  # the same with a name and a first name
        _inputs("text", "password", "text"),  # a login
        _inputs("search", "text", "text"),  # an advanced search
        _inputs("text", "email", "text") + "<textarea name='message'></textarea>",  # comments
        "<select name='order'><option>1</option></select>" * 3,  # a thread's display
    ],
    ids=[
        "newsletter",
        "newsletter-with-name",
        "newsletter-with-first-name",
        "login",
        "search",
        "comment",
        "display-settings",
    ],
)
def test_a_form_that_asks_no_registration_says_nothing_of_the_page(fields: str) -> None:
    assert "registration-form" not in parse(_page_with_form(fields), filename="page.html").evidence


def test_a_listing_a_cms_wraps_in_its_form_is_read_and_is_a_listing() -> None:
    """Joomla sets a tag page's items inside its "adminForm": a form holding headings is
    content, read without its controls; its teasers, cut short before their days, list."""
    items = "".join(
        f"<li><h3><a href='/cp/{n}'>Titre du communiqué numéro {n} de l'hôpital</a></h3>"
        f"<span>Le service d'imagerie médicale met en service une seconde IRM, de {n} tesla…"
        f"</span><span>{n + 2} avril 2026</span></li>"
        for n in range(1, 5)
    )
    page = (
        "<html><body><main><h1>Communiqué de presse</h1><p>Retrouvez tous les communiqués de "
        "presse du centre hospitalier.</p><form name='adminForm' method='post'>"
        "<label for='q'>Filtrer</label><input id='q' type='text'><button>Rechercher</button>"
        f"<ul>{items}</ul></form></main></body></html>"
    )
    release = parse(page, filename="tag.html")
    assert "Titre du communiqué numéro 3 de l'hôpital" in release.text
    assert "Rechercher" not in release.text
    assert "release-listing" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize("link", ["> Lire le communiqué", "Lire le communiqué de presse"])
def test_items_each_with_a_link_to_their_release_make_a_listing(link: str) -> None:
    items = [
        f"{day}/10/2010\nTitre numéro {day} de la préfecture sur la sécurité routière\n"
        f"Le préfet a réuni ce matin les services de l'État et les élus du département.\n{link}"
        for day in (22, 21, 19, 15)
    ]
    page = "PRÉFECTURE DU NORD\nSalle de presse\n" + "\n".join(items) + "\n"
    assert "release-listing" in parse(page).evidence


def test_a_sign_up_in_the_site_s_footer_says_nothing_of_the_page() -> None:
    """A site sets its newsletter's sign-up on every page, in its footer: the release's page
    holds no registration form of its own, however many fields the footer's asks."""
    page = (
        "<html><body><main><h1>La Métropole ouvre trois nouvelles lignes de bus</h1>"
        "<p>Lyon, le 12 mars 2026 – La Métropole ouvre le 4 avril trois nouvelles lignes de "
        "bus express entre les communes de l'est et le centre, avec un départ toutes les dix "
        "minutes aux heures de pointe.</p><p>Contact presse : Marie Dupont – 06 00 00 00 12 – "
        "presse@metropole.example.fr</p></main><footer><h2>Notre lettre</h2><form>"
        f"{_inputs('text', 'text', 'email', 'tel')}</form></footer></body></html>"
    )
    release = parse(page, filename="page.html")
    assert "registration-form" not in release.evidence
    assert release.is_press_release


def test_a_sign_up_box_in_the_article_stays_out_of_the_text() -> None:
    """A form with its one title is a box (a newsletter's sign-up); only a form holding
    several headings (a CMS's listing) is read."""
    page = (
        "<html><body><article><h1>La Ville inaugure sa médiathèque</h1><p>Brest, le 2 avril "
        "2026 – La Ville inaugure le 4 avril sa nouvelle médiathèque, ouverte sept jours sur "
        "sept.</p><p>Contact presse : Julie Marec – 02 00 00 00 12</p><form><h2>Abonnez-vous à "
        "notre lettre d'information</h2><p>Recevez chaque mois l'actualité de la Ville.</p>"
        "<label>Votre adresse électronique</label><input type='email'></form></article>"
        "</body></html>"
    )
    text = parse(page, filename="page.html").text
    assert "Abonnez-vous" not in text
    assert "Votre adresse électronique" not in text


@pytest.mark.parametrize(
    "greeting",
    [
        "Chère Madame, cher Monsieur,",
        "Mesdames, Messieurs de la presse,",
        "Chers amis de la presse,",
        "Chers partenaires,",
    ],
)
def test_a_mailed_release_greeting_its_readers_stays_a_release(greeting: str) -> None:
    text = (
        "De : Service presse <presse@rennes.example.fr>\nObjet : La Ville ouvre sa piscine\n\n"
        f"{greeting}\n\nRennes, le 2 juin 2026 – La Ville de Rennes ouvre le 15 juin sa "
        "nouvelle piscine olympique, après deux ans de travaux et 24 millions d'euros "
        "d'investissement.\n\n« Un équipement attendu par tous les clubs », se réjouit la "
        "maire.\n\nRenseignements : www.rennes.example.fr\n"
    )
    release = parse(text)
    assert "addressed" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize("kicker", ["# Information financière", "# Nos actualités"])
def test_a_listed_company_s_release_with_a_kicker_and_a_financial_calendar_is_no_listing(
    kicker: str,
) -> None:
    text = (
        f"{kicker}\n\n## Chiffre d'affaires du troisième trimestre 2026 : +6,2 %\n\n"
        "Paris, le 22 octobre 2026 – Le groupe Vernalis publie un chiffre d'affaires de 84,3 "
        "millions d'euros pour le troisième trimestre 2026, en hausse de 6,2 % à périmètre "
        "constant, porté par ses activités de services.\n\n## Agenda financier\n\n"
        "- 22/01/2027 : chiffre d'affaires annuel 2026\n- 12/03/2027 : résultats annuels 2026\n"
        "- 22/04/2027 : chiffre d'affaires du premier trimestre 2027\n\n"
        "Contact investisseurs : Paul Martin – 01 00 00 00 12 – invest@vernalis.example.com\n"
    )
    release = parse(text, filename="release.md")
    assert "release-listing" not in release.evidence
    assert release.is_press_release


def test_a_programme_set_with_leader_dots_is_no_listing_of_teasers() -> None:
    text = (
        "Invitation presse\n\nLe festival des sciences ouvre ses portes\n\n"
        "Rennes, le 2 mai 2026\n\n- Ouverture officielle aux Champs Libres… 12 mai 2026\n"
        "- Nuit des chercheurs… 13 mai 2026\n- Clôture et remise des prix… 16 mai 2026\n\n"
        "Le festival accueille cette année 40 laboratoires et 12 000 scolaires attendus sur "
        "quatre jours de rencontres et d'ateliers.\n\nContact presse : Julie Marec – "
        "02 00 00 00 12\n"
    )
    release = parse(text)
    assert "release-listing" not in release.evidence
    assert release.is_press_release


def test_teasers_each_followed_by_their_link_on_a_line_of_their_own_make_a_listing() -> None:
    """A newsroom captured one line a block: each teaser's label, date, title and summary,
    then its "Lire la suite" on the next line. A long teaser is no body then either."""
    teasers = [
        f"Communiqué de presse\n\n{day}/03/2026\n\nSemavia inaugure son centre logistique "
        f"numéro {day}, le premier site du Groupe certifié pour sa performance environnementale "
        "Le nouveau centre de 62 000 m² regroupe les activités de distribution de trois "
        "filiales et emploiera 340 personnes d'ici 2027.\n\nLire la suite"
        for day in (18, 12, 5, 2)
    ]
    page = "Newsroom\n\nRetrouvez l'ensemble de nos communiqués.\n\n" + "\n\n".join(teasers) + "\n"
    release = parse(page)
    assert "release-listing" in release.evidence
    assert not release.is_press_release


def test_a_dated_page_with_one_cue_news_shares_is_no_release() -> None:
    # every page shows a date: with an event's details alone it makes no release
    text = (
        "# Rencontres de l'architecture rurale 2026\n\nPublié le 2 avril 2026\n\n"
        "Jeudi 21 mai 2026 de 9 h à 17 h, salle des fêtes de Vassy. Entrée libre sur "
        "inscription. Au programme : visites de granges restaurées, ateliers sur la chaux et "
        "le pisé, table ronde sur les aides à la rénovation.\n"
    )
    page = parse(text, adapter="markdown")
    assert set(page.evidence) == {"release-date", "event-details"}
    assert not page.is_press_release
    # the organisation's label makes it one
    labelled = parse(text.replace("# Rencontres", "Communiqué de presse\n\n# Rencontres"))
    assert labelled.is_press_release


def test_a_release_listing_its_tour_s_dated_stops_stays_one() -> None:
    stops = "\n".join(
        f"- {city}, le {day} – lycée {school}, de 10 h à 16 h"
        for city, day, school in (
            ("Brest", "12 mars 2026", "de l'Iroise"),
            ("Quimper", "19 mars 2026", "Chaptal"),
            ("Vannes", "26 mars 2026", "Lesage"),
        )
    )
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nRennes, le 3 mars 2026\n\n# La Région lance sa tournée des "
        "lycées\n\nLa Région part à la rencontre des lycéens dans trois villes ce printemps.\n\n"
        f"Les étapes de la tournée :\n\n{stops}\n\nContact presse : Marie Dupont – "
        "02 00 00 00 00 – presse@region.example.fr\n"
    )
    release = parse(text, adapter="markdown")
    assert "release-listing" not in release.evidence
    assert release.is_press_release


# -- an event's own page ("event-page") ---------------------------------------------------------


@given(field=gs.event_page_fields)
def test_every_practical_field_of_an_event_page_is_read_with_its_kind(
    field: tuple[str, str],
) -> None:
    kind, line = field
    text = f"Le festival revient cette année.\n{line}\nLa suite du texte.\n"
    kinds = {m.lastgroup for m in cues.EVENT_PAGE.finditer(text, text.lower())}
    assert kinds == {kind}, line


_EVENT_PAGE = (
    "Nuits du jazz de Tulle 2026\n\n"
    "Dates : du vendredi 11 au dimanche 13 septembre 2026\n\n"
    "Lieu : halle aux grains, Tulle\n\n"
    "Tarifs : 15 € la soirée, 35 € le pass trois soirs\n\n"
    "Trois soirées de concerts sous la halle, des scènes ouvertes l'après-midi et un bal "
    "pour finir le dimanche.\n\n"
    "Programme\n\nVendredi 11 septembre – 20 h 30 : Quartet Mazel\n\n"
    "Samedi 12 septembre – 20 h 30 : Big band du Limousin\n\n"
    "Billetterie\n\nSur place et sur nuitsdujazz.example.org.\n\n"
    "Renseignements : Inès Faure – contact@nuitsdujazz.example.org – 05 00 00 00 12\n"
)


def test_an_event_s_page_of_practical_fields_is_no_release() -> None:
    release = parse(_EVENT_PAGE, adapter="text")
    assert "event-page" in release.evidence
    assert not release.is_press_release


def test_a_release_announcing_the_event_over_the_same_fields_stays_one() -> None:
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nTulle, le 2 septembre 2026\n\n"
        + _EVENT_PAGE
        + "\nContact presse : Léa Bost – presse@nuitsdujazz.example.org\n"
    )
    release = parse(text, adapter="text")
    assert "event-page" not in release.evidence
    assert release.is_press_release


def test_a_release_giving_two_practical_fields_is_no_event_page() -> None:
    text = (
        "La médiathèque rouvre ses portes\n\n"
        "La médiathèque de Tulle rouvre le 5 octobre après six mois de travaux, avec un "
        "espace jeunesse agrandi et une salle de travail pour les étudiants.\n\n"
        "Adresse : 2 place de la Cathédrale, Tulle\n\nHoraires : du mardi au samedi, 10 h – 18 h\n\n"
        "Contact presse : Léa Bost – presse@tulle.example.fr – 05 00 00 00 12\n"
    )
    assert "event-page" not in parse(text, adapter="text").evidence


def test_a_front_matter_date_is_no_event_s_date_field() -> None:
    text = (
        "---\ntitle: Portes ouvertes\ndate: 2026-06-02\n---\n\n# Portes ouvertes\n\n"
        "Lieu : atelier municipal\n\nInformations pratiques\n\nLe texte.\n"
    )
    kinds = {m.lastgroup for m in cues.EVENT_PAGE.finditer(text, text.lower())}
    assert kinds == {"where", "practical"}


# -- contacts for anyone ("contacts-for-anyone") ------------------------------------------------

_SECRETARIAT = "Secrétariat d'imagerie – 04 00 00 00 21 – secretariat@clinique.example.org\n"


def test_a_leaflet_s_secretariat_is_no_press_contact() -> None:
    text = (
        "VOTRE IRM : CE QU'IL FAUT SAVOIR AVANT L'EXAMEN\n\n"
        "Venez avec votre ordonnance, votre carte Vitale et vos examens précédents. Retirez "
        "bijoux et montre avant d'entrer dans la salle d'examen.\n\n"
        f"Contact : {_SECRETARIAT}"
    )
    release = parse(text, adapter="text")
    assert "contact-block" in release.evidence
    assert "contacts-for-anyone" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "label", ["Contact presse", "Relations presse", "Contacts médias", "Contact journalistes"]
)
def test_a_contact_under_a_press_label_is_the_press_s(label: str) -> None:
    text = (
        "La clinique ouvre un second appareil d'IRM\n\n"
        "La clinique du Parc met en service un second appareil d'IRM, qui réduit de trois "
        f"semaines le délai d'attente des patients.\n\n{label} : {_SECRETARIAT}"
    )
    release = parse(text, adapter="text")
    assert "contact-block" in release.evidence
    assert "contacts-for-anyone" not in release.evidence


def test_a_body_only_release_with_a_person_to_call_is_no_directory() -> None:
    text = (
        "Le réseau des médiathèques prend la route cet été\n\n"
        "Du 6 au 31 juillet, les bibliothécaires du réseau prennent la route avec un "
        "triporteur chargé de 300 livres pour proposer des lectures en plein air dans les "
        "hameaux et les campings des trente communes du territoire.\n\n"
        "Contact : Élodie Rouxel, coordinatrice du réseau – 02 00 00 00 93 – "
        "e.rouxel@mediatheques.example.fr\n"
    )
    release = parse(text, adapter="text")
    assert "contacts-for-anyone" not in release.evidence
    assert release.is_press_release


def test_a_directory_s_named_cards_are_for_anyone() -> None:
    cards = "".join(
        f"\n\n{company}\nContact : {name}, {role} – 04 00 00 00 {n:02d}"
        for n, (company, name, role) in enumerate(
            [
                ("Arcelia Composites", "Serge Barthélémy", "directeur technique"),
                ("Ateliers du Luberon", "Hélène Roumanille", "gérante"),
                ("Provence Céramiques", "Rémi Tardieu", "président"),
            ],
            start=61,
        )
    )
    text = f"Annuaire des adhérents\n\nLes entreprises membres du pôle, par filière.{cards}\n"
    release = parse(text, adapter="text")
    assert len(release.contacts) >= 3
    assert "contacts-for-anyone" in release.evidence
    assert not release.is_press_release


def test_a_release_with_a_plain_contact_stays_one() -> None:
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nLyon, le 4 mai 2026\n\n"
        "La clinique ouvre un second appareil d'IRM\n\n"
        "La clinique du Parc met en service un second appareil d'IRM, qui réduit de trois "
        "semaines le délai d'attente des patients du bassin lyonnais et permet de recevoir "
        "les urgences le week-end.\n\n"
        f"Contact : {_SECRETARIAT}"
    )
    release = parse(text, adapter="text")
    assert "contacts-for-anyone" in release.evidence
    assert release.is_press_release


# -- review 20: releases that announce an event, or name a communication officer ---------------


def test_a_festival_s_release_ending_with_its_practical_box_stays_one() -> None:
    text = (
        "Le festival Jazz en Vallée revient pour sa 12e édition\n\nLe 12 mai 2026\n\n"
        "Du 3 au 5 juillet 2026, le festival Jazz en Vallée accueillera vingt concerts dans le "
        "parc du château, dont six gratuits, et une scène ouverte aux écoles de musique.\n\n"
        "« Nous voulons un festival accessible à toutes et à tous », explique Claire Morel, "
        "directrice du festival.\n\nInfos pratiques\n\nDates : du 3 au 5 juillet 2026\n\n"
        "Lieu : parc du château de Vizille\n\nTarifs : 15 euros la soirée\n\n"
        "Contact presse\n\nJulie Bernard – julie.bernard@jazzenvallee.example.org – "
        "06 00 00 00 78\n"
    )
    release = parse(text, adapter="text")
    assert "event-page" not in release.evidence
    assert release.is_press_release


def test_an_event_page_s_accreditation_line_is_no_release_s_press_contact() -> None:
    page = _EVENT_PAGE.replace(
        "Renseignements : Inès Faure – contact@nuitsdujazz.example.org – 05 00 00 00 12\n",
        "Presse : accréditations et visuels sur demande – presse@nuitsdujazz.example.org\n",
    )
    release = parse(page, adapter="text")
    assert "event-page" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "contact",
    [
        "Contact : Service communication – communication@vienne.example.fr – 04 00 00 00 30",
        "Contact : porte-parole de la gendarmerie – 04 00 00 00 31",
    ],
)
def test_a_contact_speaking_for_the_body_is_named_for_the_press(contact: str) -> None:
    text = (
        "Vienne : la médiathèque ouvre un espace numérique pour les seniors\n\n"
        "À partir du 15 mars, la médiathèque de Vienne propose chaque mercredi des ateliers "
        "d'initiation aux démarches en ligne, animés par deux conseillers numériques.\n\n"
        "« L'inclusion numérique est une priorité de notre mandat », souligne Paul Girard, "
        f"adjoint à la culture.\n\n{contact}\n"
    )
    release = parse(text, adapter="text")
    assert "contacts-for-anyone" not in release.evidence
    assert release.is_press_release


# -- a news section's features ------------------------------------------------------------------

_FEATURE_TITLES = (
    "Portrait : Nadia Belkacem, cheffe d'équipe maintenance",
    "Portrait de Julien, apprenti chaudronnier",
    "Rencontre avec Nadia Belkacem, cheffe d'équipe maintenance",
    "Trois questions à Marc Ollier, directeur du site",
    "3 questions à la directrice de la médiathèque",
    "Une journée avec les agents de la propreté urbaine",
    "Dans les coulisses de la station d'épuration",
    "Retour en images sur les 30 ans du site de Pont-Sainte-Marie",
    "En images : la fête du quartier des Tilleuls",
)
_FEATURE_BODY = (
    "Le groupe Valmer ouvre un nouvel atelier de tissage à Pont-Sainte-Marie et recrute quarante "
    "techniciens d'ici à la fin de l'année, avec le soutien de la Région."
)
_FOOTER = (
    "\n\n---\n\nGroupe Valmer – 5 route de Troyes – 00000 Pont-Sainte-Marie\n"
    "Contact presse : Élodie Parent – 03 00 00 00 45 – presse@valmer.example.com\n"
)


@given(title=st.sampled_from(_FEATURE_TITLES), stamped=st.booleans())
def test_a_news_section_s_portrait_or_photo_recap_is_no_release(title: str, stamped: bool) -> None:
    # the site's template adds its press contact under every page, features included
    stamp = "Publié le 2 juillet 2026\n\n" if stamped else ""
    text = (
        f"# {title}\n\n{stamp}Entrée chez nous il y a douze ans, elle encadre aujourd'hui une "
        "équipe de neuf techniciens. Nous l'avons suivie une matinée, entre deux interventions "
        f"sur la ligne de découpe.{_FOOTER}"
    )
    page = parse(text, adapter="markdown")
    assert "news-feature" in page.evidence
    assert not page.is_press_release


@pytest.mark.parametrize(
    "title",
    [
        "Rencontre avec les entreprises du territoire le 12 mai",  # an event, no one's portrait
        "Retour sur le salon : 12 000 visiteurs en trois jours",  # a release's results
    ],
)
def test_a_release_titled_with_a_meeting_or_its_results_is_no_feature(title: str) -> None:
    text = f"# {title}\n\nCOMMUNIQUÉ DE PRESSE\n\nTroyes, le 2 juillet 2026\n\n{_FEATURE_BODY}{_FOOTER}"
    release = parse(text, adapter="markdown")
    assert "news-feature" not in release.evidence
    assert release.is_press_release


def test_a_labelled_release_titled_as_a_portrait_stays_one() -> None:
    text = (
        "# Portrait de la nouvelle directrice du pôle\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        f"Troyes, le 2 juillet 2026\n\n{_FEATURE_BODY}{_FOOTER}"
    )
    release = parse(text, adapter="markdown")
    assert "news-feature" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize(
    "title",
    [
        "Portrait de territoire : Rennes publie son diagnostic social",
        "Portrait de femme : le musée acquiert un chef-d'œuvre de Berthe Morisot",
        "Dans les coulisses de la Région : journées portes ouvertes les 20 et 21 septembre",
    ],
)
def test_an_announcement_titled_with_a_feature_s_words_is_no_feature(title: str) -> None:
    text = f"# {title}\n\n{_FEATURE_BODY}{_FOOTER}"
    assert "news-feature" not in parse(text, adapter="markdown").evidence


# -- the case-free twins: a cue's pattern read in the lower-case text --------------------------

TWINNED = {name: cue for name, cue in CUES.items() if cue.lowered_pattern is not None}


def test_most_cues_have_a_case_free_twin() -> None:
    assert len(TWINNED) >= 30
    # cues that tell capitals ("(?-i:[A-ZÀ-Ý]…)") read the text itself
    assert cues.JOURNALIST_BYLINE.lowered_pattern is None
    assert cues.LEGAL_ACT.lowered_pattern is None
    twin = cues.case_free_twin(re.compile(r"\bpr[ée]fet\s{1,8}(?:de|du)\b", re.I))
    assert twin is not None
    assert not twin.flags & re.I
    assert twin.pattern == r"\bpr[ée]fet\s{1,8}(?:de|du)\b"


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile("paris"),  # case-sensitive already
        re.compile("Paris", re.I),  # a capital never matches a lowered text
        re.compile("(?-i:P)aris", re.I),  # a part that tells capitals
        re.compile("(?i:p)aris"),  # a part that does not
        re.compile("[!-~]", re.I),  # a range holding capitals
        re.compile(r"(a)\1", re.I),  # a back-reference
        re.compile("\u00b5", re.I),  # the micro sign, matched to Greek mu
        re.compile("\u03c3", re.I),  # sigma, lowered two ways
    ],
)
def test_a_pattern_that_may_read_a_lowered_text_differently_has_no_twin(
    pattern: re.Pattern[str],
) -> None:
    assert cues.case_free_twin(pattern) is None


def test_the_keyword_index_says_whether_the_twins_may_read_its_text() -> None:
    assert cues.KeywordIndex("le préfet informe les usagers").case_free
    for twin in cues.CASE_TWINS:  # matched to i and s by the pattern, not by the twin
        assert not cues.KeywordIndex(f"le pr{twin}fet informe").case_free


@pytest.mark.parametrize("name", sorted(TWINNED))
@given(text=gs.case_texts, start=st.integers(0, 200), size=st.integers(0, 400))
@example(text="LE PRÉFET INFORME LES USAGERS", start=0, size=400)
@example(text="le pr\u0131fet \u0130nforme", start=0, size=400)
def test_a_case_free_twin_finds_in_the_lowered_text_what_its_cue_finds_in_the_text(
    name: str, text: str, start: int, size: int
) -> None:
    cue = TWINNED[name]
    lowered = text.lower()
    twin = cue.lowered_pattern
    assert twin is not None
    if len(lowered) != len(text) or not cues.KeywordIndex(lowered).case_free:
        return  # (the cues read the text itself)
    end = start + size
    assert [m.span() for m in twin.finditer(lowered, start, end)] == [
        m.span() for m in cue.pattern.finditer(text, start, end)
    ]


@given(text=gs.case_texts)
@example(text="Le PR\u017fÉFET informe")
def test_a_cue_reading_its_twin_gives_the_matches_of_its_pattern(text: str) -> None:
    # The matches a cue gives are its pattern's own, in the text, whichever pattern scanned.
    lowered = text.lower()
    index = cues.KeywordIndex(lowered)
    for cue in TWINNED.values():
        alone = _found(cue.finditer(text, lowered))
        shared = list(cue.finditer(text, lowered, index))
        assert _found(shared) == alone
        assert all(match.re is cue.pattern and match.string is text for match in shared)
        found = cue.search(text, lowered, index)
        assert found is None or (found.re is cue.pattern and found.string is text)
        assert (found is None) == (not alone)


def test_a_character_and_its_lower_case_are_read_alike_by_the_engine() -> None:
    # The premise of the twins, over every character that lowers to one: ``\w``, ``\s``,
    # ``\d`` and a line break read it as they read its lower case; and a class of the
    # characters a twin may name, case-insensitive, matches a character exactly where the
    # character's lower case is one of them, but for the `cues.CASE_TWINS`.
    text = "".join(
        char
        for char in map(chr, range(0x110000))
        if not 0xD800 <= ord(char) <= 0xDFFF and len(char.lower()) == 1
    )
    lowered = text.lower()
    assert len(lowered) == len(text)
    for category in (r"\w", r"\s", r"\d", "\n", r"\b"):
        pattern = re.compile(category)
        assert [m.start() for m in pattern.finditer(text)] == [
            m.start() for m in pattern.finditer(lowered)
        ], category
    named = "".join(
        chr(code)
        for low, high in cues._CASE_FREE_BLOCKS
        for code in range(low, high + 1)
        if cues._case_free(code)
    )
    case_insensitive = re.compile(f"[{re.escape(named)}]", re.I)
    exact = re.compile(f"[{re.escape(named)}]")
    apart = {m.start() for m in case_insensitive.finditer(text)} ^ {
        m.start() for m in exact.finditer(lowered)
    }
    assert sorted({text[at] for at in apart}) == sorted(cues.CASE_TWINS)


def test_a_trade_agency_s_dispatch_under_a_wire_style_dateline_is_news() -> None:
    text = (
        "LANCEMENT DE LA CAMPAGNE D'ÉTÉ SUR L'ACCÈS AUX SOINS\n\n"
        "PARIS, 11 juillet 2025 (APMnews) - Le gouvernement a lancé sa campagne nationale sur "
        "l'accès aux soins pour l'été, selon les informations publiées par les agences "
        "régionales de santé, et de nombreux services d'urgence optent pour la régulation.\n\n"
        "La campagne est diffusée à partir de vendredi et jusqu'au 31 août.\n"
    )
    release = parse(text)
    assert "news-agency-credit" in release.evidence
    assert not release.is_press_release


def test_an_authority_s_notice_headed_information_to_the_population_is_a_release() -> None:
    text = (
        "Information des élus et de la population\n\n"
        "Depuis samedi, les services de l'État ont rétabli les points d'entrée essentiels de "
        "l'île : le port, l'aéroport et les routes principales fonctionnent de nouveau.\n\n"
        "Le couvre-feu est maintenu de 22 heures à 4 heures jusqu'à nouvel ordre.\n\n"
        "Le préfet de la Creuse\n"
    )
    release = parse(text)
    assert "informs-the-public" in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize(
    "sentence",
    [
        "La mairie a lancé une campagne d'information de la population sur le tri.",
        "Les informations pratiques aux usagers figurent sur le site.",
    ],
)
def test_information_to_the_population_in_prose_informs_no_one(sentence: str) -> None:
    assert cues.INFORMS_THE_PUBLIC.search(sentence, sentence.lower()) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Les jeunes peuvent postuler jusqu'au 30 juin sur le site de la Région.",
        "Les étudiants intéressés sont invités à postuler\nauprès du service jeunesse.",
    ],
)
def test_applying_in_a_sentence_is_no_job_offer_s_heading(sentence: str) -> None:
    assert cues.JOB_APPLICATION.search(sentence, sentence.lower()) is None


@pytest.mark.parametrize(
    "call",
    [
        "Date limite de candidature : 15 octobre 2024. Envoyez votre candidature à "
        "marche@mairie.example.fr avec une présentation de vos produits.",
        "Compétences requises : aucune. Date limite de dépôt des candidatures : 30 avril.",
        "Pour postuler :\n\nEnvoyez votre CV à jeunesse@mairie.example.fr.",
    ],
)
def test_a_release_announcing_a_call_for_applications_is_no_job_offer(call: str) -> None:
    text = (
        "Marché de Noël 2024 : appel à candidatures pour les exposants\n\n"
        "Crest, le 5 septembre 2024 – La Ville de Crest lance un appel à candidatures auprès "
        "des artisans et producteurs locaux pour son marché de Noël.\n\n"
        f"{call}\n\nContact presse : Service communication – 04 75 00 00 00 – "
        "com@mairie.example.fr\n"
    )
    release = parse(text)
    assert "job-offer" not in release.evidence
    assert release.is_press_release


def test_a_job_offer_with_its_profile_and_how_to_apply_is_no_release() -> None:
    text = (
        "---\ntitle: Développeur WordPress\ncontact: tech@startup.example\n---\n\n"
        "# Itou recrute un développeur ou une développeuse WordPress\n\n"
        "## Rôle\n\nVous reprendrez le site vitrine et ses extensions.\n\n"
        "## Profil recherché\n\n- Trois ans d'expérience de WordPress\n\n"
        "## Postuler\n\nÉcrivez-nous à tech@startup.example.\n"
    )
    release = parse(text, filename="offre.md")
    assert "job-offer" in release.evidence
    assert not release.is_press_release


@pytest.mark.parametrize(
    "line",
    [
        "La ministre a cité la Gazette des communes n° 2345 dans son discours.",
        "Le magazine n°742 est en vente le 4 mars.",
    ],
)
def test_a_periodical_cited_in_a_sentence_is_no_newsletter_s_masthead(line: str) -> None:
    assert cues.NEWSLETTER.search(line, line.lower()) is None


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Discours de Claire Morel au congrès des maires", "Le texte intégral"),
        ("Nous avons choisi de ne pas participer", "Discours d'Isabelle Roux lors du conseil"),
        ("Allocution du préfet pour la cérémonie du 11 novembre", "Cérémonie"),
    ],
)
def test_a_page_titled_or_described_as_a_speech_is_no_release(title: str, description: str) -> None:
    text = (
        f'---\ntitle: "{title}"\ndescription: "{description}"\ndate: 2026-04-10\n---\n\n'
        "Dans les jours qui ont précédé l'élection, nous avons pris part aux échanges avec une "
        "volonté explicite de construire une gouvernance ouverte et équilibrée.\n\n"
        "Nous avons formulé des propositions concrètes pour le travail collectif.\n"
    )
    release = parse(text, filename="discours.md")
    assert "speech-title" in release.evidence
    assert not release.is_press_release


def test_a_news_title_about_a_speech_goes_on_after_its_colon() -> None:
    text = (
        "# Discours de politique générale : ce qu'il faut retenir\n\n"
        "La Première ministre a présenté mardi sa feuille de route devant les députés.\n"
    )
    assert "speech-title" not in parse(text, filename="article.md").evidence


def test_a_site_s_own_template_variables_are_no_placeholder() -> None:
    line = "Nous avons le plaisir de vous annoncer la sortie de Ruby {{ release.version }}."
    assert cues.PLACEHOLDER.search(line, line.lower()) is None


def test_a_link_whose_text_names_a_town_is_no_placeholder() -> None:
    line = "[ ![Ville de Lorient](/logo.png) ](https://www.lorient.example.fr/) [Titre](/a)"
    assert cues.PLACEHOLDER.search(line, line.lower()) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Dans ce communiqué, le ministère explique que la réforme sera reportée.",
        "Ce communiqué a été publié mardi sur le site de la préfecture.",
        "Ce communiqué est signé par la LDH, la Cimade et le Secours catholique.",
    ],
)
def test_a_report_s_demonstrative_is_no_release_naming_itself(sentence: str) -> None:
    assert cues.RELEASE_SELF_REFERENCE.search(sentence, sentence.lower()) is None


def test_a_release_published_on_a_day_names_no_agency_byline() -> None:
    line = "Communiqué de presse, publié le mercredi 30 octobre 2019 par la Métropole de Lyon."
    assert cues.NEWS_AGENCY_CREDIT.search(line, line.lower()) is None


@pytest.mark.parametrize(
    "title",
    [
        "Allocation personnalisée d'autonomie (APA) – le Département simplifie les démarches",
        "Trans Adriatic Pipeline (TAP) – Snam entre au capital",
    ],
)
def test_an_acronym_defined_in_a_title_is_no_agency_s_credit(title: str) -> None:
    text = (
        f"{title}\n\nAgen, le 5 mars 2024 – Le Département de Lot-et-Garonne ouvre un "
        "téléservice pour les demandes, accessible à tous les habitants.\n\n"
        "Les demandes peuvent être déposées en ligne dès le 1er avril.\n"
    )
    release = parse(text)
    assert "news-agency-credit" not in release.evidence
    assert release.is_press_release


def test_an_index_published_on_a_day_and_cited_in_a_sentence_is_no_agency_s_byline() -> None:
    line = (
        "Lyon, le 5 mars 2024 – Selon l'indice Reuters, publié le 1er mars, la confiance remonte."
    )
    assert cues.NEWS_AGENCY_CREDIT.search(line, line.lower()) is None


def test_a_wrapped_sentence_about_informing_residents_is_no_notice_s_heading() -> None:
    text = (
        "Tramway : l'opposition réclame plus de transparence\n\n"
        "Le conseil municipal de Valence s'est réuni hier soir. Les élus de l'opposition ont "
        "réclamé une meilleure\ninformation des riverains sur le chantier du tramway, qui doit "
        "durer deux ans.\n"
    )
    assert "informs-the-public" not in parse(text).evidence


@pytest.mark.parametrize(
    "title",
    [
        "La Gazette Drouot publie son numéro 1000",
        "La Gazette de Nîmes, n°1 de la presse hebdomadaire du Gard, lance son application",
    ],
)
def test_a_release_about_a_gazette_s_issue_is_no_newsletter(title: str) -> None:
    text = (
        f"Communiqué de presse\n\n{title}\n\nParis, le 5 mars 2024 – Le journal célèbre son "
        "anniversaire avec ses lecteurs.\n\nContact presse : Marie Durand – 01 47 00 00 00 – "
        "presse@drouot.example\n"
    )
    release = parse(text)
    assert "newsletter" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize(
    "line",
    [
        "Découvrez la page [Entreprise][ent] et nos [Lieu][carte] de vente.",
        "Pour configurer le modèle, remplacez `{{HOSTNAME}}` par le nom de votre machine.",
    ],
)
def test_reference_links_and_configuration_variables_are_no_template_blanks(line: str) -> None:
    assert cues.PLACEHOLDER.search(line, line.lower()) is None


def test_a_newsroom_s_flash_info_kicker_is_no_document_type() -> None:
    text = (
        "FLASH INFO – Un incendie ravage un entrepôt de la zone industrielle de Vénissieux. Les "
        "pompiers sont toujours sur place.\n\nSelon les premiers éléments, aucune victime.\n\n"
        "Le maire s'est rendu sur place.\n\nNous reviendrons sur cette information.\n"
    )
    release = parse(text)
    assert release.header.doc_type is None
    assert not release.is_press_release
