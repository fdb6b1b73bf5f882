"""The offices of other kinds than the races are indexed by (president, senate, house, governor, mayor), as people
name them in English and Spanish: a question naming one is about a race of that office, which the data may not have."""

from __future__ import annotations

# Offices of other kinds than those above, as people name them (English and Spanish): a question naming one is about
# a race of that office, which the data may not have ("la school board results" is no question about the mayor).
# Several words first; each phrase maps to the office's name in the answers.
OTHER_OFFICES = {
    ("school", "board"): "school board", ("board", "of", "education"): "school board",
    ("board", "of", "supervisors"): "board of supervisors", ("district", "attorney"): "district attorney",
    ("city", "attorney"): "city attorney", ("attorney", "general"): "attorney general",
    ("secretary", "of", "state"): "secretary of state", ("lieutenant", "governor"): "lieutenant governor",
    ("lt", "governor"): "lieutenant governor", ("lt", "gov"): "lieutenant governor",
    ("city", "council"): "council", ("city", "councilmember"): "council", ("concejo", "municipal"): "council",
    ("state", "senate"): "state senate", ("state", "senator"): "state senate", ("state", "house"): "state house",
    ("state", "assembly"): "state assembly", ("state", "representative"): "state house",
    ("city", "controller"): "controller", ("county", "supervisor"): "board of supervisors",
    ("junta", "escolar"): "school board", ("consejo", "escolar"): "school board",
    ("fiscal", "general"): "attorney general", ("fiscal", "de", "distrito"): "district attorney",
    ("fiscal", "de", "la", "ciudad"): "city attorney", ("fiscal", "municipal"): "city attorney",
    ("fiscal", "del", "condado"): "district attorney",
    ("concejal",): "council", ("concejales",): "council", ("contralor", "de", "la", "ciudad"): "controller",
    ("vicegobernador",): "lieutenant governor", ("sheriff",): "sheriff", ("alguacil",): "sheriff",
    ("assessor",): "assessor", ("controller",): "controller", ("comptroller",): "controller",
    ("contralor",): "controller", ("treasurer",): "treasurer", ("tesorero",): "treasurer",
    ("auditor",): "auditor", ("coroner",): "coroner", ("alderman",): "city council", ("aldermen",): "city council",
    ("assemblyman",): "state assembly", ("assemblywoman",): "state assembly", ("assemblymember",): "state assembly",
    ("legislature",): "state legislature", ("judge",): "judge", ("juez",): "judge", ("jueza",): "judge",
    ("supreme", "court"): "supreme court", ("court", "of", "appeals"): "court of appeals", ("regent",): "regent",
    ("regents",): "regent", ("board", "of", "regents"): "regent", ("state", "board", "of", "education"): "school board",
    ("council", "member"): "council", ("council", "members"): "council", ("commissioner",): "commissioner",
    ("county", "commissioner"): "commissioner", ("trustee",): "trustee", ("trustees",): "trustee",
    ("transportation", "district"): "transportation district", ("state", "representatives"): "state house",
    ("state", "senators"): "state senate", ("public", "utilities", "commission"): "public utilities commission",
    # The national generic congressional ballot (which party voters would choose for the House): a race of its own.
    ("generic", "ballot"): "generic", ("generic", "congressional", "ballot"): "generic",
    ("generic", "congressional", "vote"): "generic", ("generic", "vote"): "generic", ("generic",): "generic",
    ("generic", "house", "ballot"): "generic", ("boleta", "generica"): "generic", ("voto", "generico"): "generic",
    ("boleta", "generica", "del", "congreso"): "generic", ("papeleta", "generica"): "generic",
    ("generica",): "generic",
}
OTHER_OFFICE_LENGTHS = sorted({len(phrase) for phrase in OTHER_OFFICES}, reverse=True)
