"""Korean titles, descriptions and places of the demo events and their sessions, and the Korean
names of the example day's meeting tables: the same facts as the English (seeds.py), for Korean
readers. Merged into the seeds by this package's __init__: the events keyed by slug, the
sessions by their event's slug and their English title (the loader's key for a session), the
tables by their event's slug and their English name (the loader's key for a table). Places are
the English ones written in Korean: cities by their usual Korean names, the example's invented
venue and hall translated; tables as the staff page names them in Korean ("테이블 1")."""

KOREAN_EVENTS: dict[str, tuple[str, str]] = {
    "ict-expert-mission-south-korea-2018": (
        "한국 ICT 전문가 사절단",
        "KTN이 이끈 Innovate UK 글로벌 전문가 사절단으로, 4차 산업혁명(AI, VR, 5G, IoT, 데이터 "
        "분석)에서 한국이 이룬 발전을 이해하고, ICT 연구·혁신 분야의 양국 협력을 모색하며, "
        "앞으로의 영국-한국 혁신 파트너십에 핵심이 될 공공 부문, 기업, 혁신 관계자들과 교류하는 "
        "것이 목적이었습니다. KTN이 주한 영국대사관 과학혁신네트워크와 함께 짠 일정에 따라 "
        "2018년 2월 나흘 동안 현장 방문과 워크숍이 열렸습니다. 보고서에 정확한 날짜와 시간이 "
        "없어, 여기 표시된 날짜와 시간은 임시로 넣은 것입니다.",
    ),
    "korea-eu-researcher-forum-semiconductors-2024": (
        "제1회 한-EU 반도체 공동 연구자 포럼",
        "뉴로모픽 컴퓨팅과 이종 집적에 관한 한-EU 반도체 공동 연구 과제(3년간 1,200만 유로)의 "
        "연구자 매칭을 돕고, 한국과 EU 연구자 간 네트워킹을 강화하기 위해 열렸습니다. "
        "보도자료에는 날짜만 있고 시간은 없습니다.",
    ),
    "uk-korea-brokerage-day-example": (
        "한영 비즈니스 상담회 (예시)",
        "플랫폼을 직접 써 보기 위한 가상의 예시 행사입니다. 참가 등록을 하고, 미팅을 요청하고 "
        "수락한 뒤, 20분 단위 일대일 미팅 일정을 받아 보세요.",
    ),
}

KOREAN_SESSIONS: dict[tuple[str, str], tuple[str, str]] = {
    (
        "ict-expert-mission-south-korea-2018",
        "Live 5G demonstrations at the PyeongChang Winter Olympic Games",
    ): (
        "평창 동계올림픽 5G 라이브 시연",
        "KT의 5G 홍보관을 비롯해 올림픽에서 선보인 5G 기반 체험.",
    ),
    ("ict-expert-mission-south-korea-2018", "Third Korea-UK ICT Policy Forum: 5G workshop"): (
        "제3차 한영 ICT 정책포럼: 5G 워크숍",
        "영국 디지털·문화·미디어·스포츠부(DCMS) 고위 대표단, 5GIC 회원, 전문가 사절단과 한국 측 "
        "상대들이 함께했습니다. 주제: 5G 활용 사례, 보안, 연구개발(R&D), 주파수, 구축 계획, "
        "단말기.",
    ),
    (
        "uk-korea-brokerage-day-example",
        "Welcome and introductions to the Korean ICT market (example)",
    ): ("환영 인사와 한국 ICT 시장 소개 (예시)", ""),
}

# (venue, city) of each event that has them in English.
KOREAN_EVENT_PLACES: dict[str, tuple[str, str]] = {
    "ict-expert-mission-south-korea-2018": ("", "서울"),
    "korea-eu-researcher-forum-semiconductors-2024": ("", "브뤼셀"),
    "uk-korea-brokerage-day-example": ("예시 컨벤션 센터", "서울"),
}

# The place of each session that has one in English.
KOREAN_SESSION_PLACES: dict[tuple[str, str], str] = {
    (
        "ict-expert-mission-south-korea-2018",
        "Live 5G demonstrations at the PyeongChang Winter Olympic Games",
    ): "평창",
    (
        "uk-korea-brokerage-day-example",
        "Welcome and introductions to the Korean ICT market (example)",
    ): "메인 홀",
}

# The Korean name of each table, by its event's slug and its English name.
KOREAN_TABLES: dict[tuple[str, str], str] = {
    ("uk-korea-brokerage-day-example", "Table 1"): "테이블 1",
    ("uk-korea-brokerage-day-example", "Table 2"): "테이블 2",
}
