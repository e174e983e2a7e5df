"""Korean titles, summaries and cities of the demo opportunities: the same facts as the English,
for Korean readers. Merged into the seeds by this package's __init__, keyed by external_id."""

KOREAN_TITLES_AND_SUMMARIES: dict[str, tuple[str, str]] = {
    "demo-opp-sejong-smart-city-pilot": (
        "세종 국가 시범 스마트시티",
        "세종시 274만 3천 제곱미터 부지에 2조 5천억 원을 들이는 한국 최초의 국가 시범 "
        "스마트시티 사업으로, LG CNS 주관 컨소시엄과 KT·현대자동차 컨소시엄이 입찰했습니다.",
    ),
    "demo-opp-busan-smart-city-project": (
        "부산 국가 시범 스마트시티",
        "세종에 이은 한국의 국가 시범 스마트시티 사업으로, 남부 항구 도시 부산에서 재생 가능 "
        "친환경 에너지, 물 관리 기술, 로봇에 중점을 둡니다.",
    ),
    "demo-opp-local-smart-city-projects": (
        "전국 70개 시·군 지역 스마트시티 사업",
        "세종과 부산에 이어 전국 70개 시·군에서 지역 스마트시티 사업이 추진될 예정이었습니다.",
    ),
    "demo-opp-k-startup-grand-challenge": (
        "K-스타트업 그랜드 챌린지",
        "정보통신산업진흥원이 2016년 출범하고 중소벤처기업부가 지원하는 액셀러레이터 "
        "프로그램으로, 각국 한국 대사관을 통해 전 세계 스타트업을 모집합니다.",
    ),
    "demo-opp-gccei-incubation": (
        "경기창조경제혁신센터 스타트업 보육",
        "KT가 후원하는 센터에서 국내외 스타트업과 중소기업에 시설, 사무 공간, 멘토링, 통역, "
        "투자자 소개를 제공합니다.",
    ),
    "demo-opp-pangyo-techno-valley-testbed": (
        "판교테크노밸리 테스트베드",
        "한국 최대의 ICT 기반 연구개발(R&D) 혁신 클러스터로, 중소기업과 스타트업이 연구기관, "
        "글로벌 기업과 함께 일하는 혁신 단지이자 글로벌 테스트베드입니다.",
    ),
    "demo-opp-ai-open-innovation-hub": (
        "AI 오픈이노베이션 허브",
        "한국 정부가 AI 개발을 돕기 위해 공공데이터 개방 약속과 함께 연 온라인 포털입니다.",
    ),
    "demo-opp-smart-factory-programme": (
        "스마트 공장 보급 사업(제조업 혁신 3.0)",
        "2014년 제조업 혁신 3.0 이후 한국 정부가 연구개발(R&D)에 투자하고 민간 기업과 협력해 "
        "2025년까지 스마트 공장 3만 개 이상을 보급하려는 사업입니다.",
    ),
    "demo-opp-5g-high-speed-rail": (
        "고속철도·철도망용 5G: 3GPP 협력에 대한 한국 측 제안",
        "2018년 한영 ICT 정책포럼에서 한국 측은 3GPP 표준의 고속철도용 5G 협력을 제안하고, "
        "WRC-19를 앞두고 밀리미터파 주파수에 대한 영국의 지지를 요청했습니다.",
    ),
    "demo-opp-health-social-care-collaboration": (
        "디지털 헬스·사회복지 분야 한영 협력",
        "2018년 사절단이 찾아낸 협력 기회입니다. 두 나라는 보건과 사회복지에서 같은 목표를 "
        "두고 있고, 양국 중소기업 모두 의료 데이터에 접근하기 어렵습니다.",
    ),
    "demo-opp-rok-uk-ecosystem-workshop": (
        "한영 디지털 파트너십 기술 생태계 워크숍",
        "한국과 영국의 정부 기관, 기업, 기타 기관이 서로의 기술 생태계를 이해하고 모범 사례를 "
        "나누며 구체적인 협력 기회를 모색하는 워크숍입니다.",
    ),
    "demo-opp-rok-uk-space-cooperation": (
        "한영 우주 협력",
        "2023년 11월 한영 우주 협력 양해각서(MoU)에 따른 공동 작업반, 공동 연구 과제, 전문가 "
        "교류, 교육 프로그램, 산업 단체 간 교류입니다.",
    ),
    "demo-opp-rok-uk-semiconductor-rd": (
        "한영 반도체 연구개발(R&D) 협력",
        "첨단 반도체 설계, 반도체 소재·화합물, 패키징 분야의 연구개발(R&D) 협력으로, 한국의 "
        "제조·공정 역량과 영국의 설계·IP 역량을 결합합니다.",
    ),
    "demo-opp-rok-uk-open-ran-rd": (
        "한영 무선통신·오픈랜(Open RAN) 연구개발(R&D) 협력",
        "한영 디지털 파트너십에 따른 무선통신과 오픈랜 연구개발(R&D) 협력, 그리고 네트워크의 "
        "보안성, 회복력, 상호운용성에 관한 공동 작업입니다.",
    ),
    "demo-opp-rok-us-openran-6g": (
        "한미 오픈랜·6G 협력",
        "한국 과학기술정보통신부와 미국 통신정보관리청(NTIA)은 통신 공급망을 다변화하기 위해 "
        "양국 통신사업자, 장비 제조사와 함께 오픈랜과 6G 분야에서 협력하기로 합의했습니다.",
    ),
    "demo-opp-rok-eu-semiconductor-research": (
        "한-EU 반도체 공동 연구: 뉴로모픽 컴퓨팅과 이종 집적",
        "뉴로모픽 컴퓨팅과 이종 집적에 관한 1,200만 유로 규모, 3년 기간의 한-EU 공동 연구 "
        "과제로, 공동 선정 절차를 거쳐 2024년 하반기에 시작될 예정이었습니다.",
    ),
    "demo-opp-rok-eu-beyond-5g-6g-research": (
        "한-EU Beyond 5G/6G 공동 연구: 무선 전송용 AI와 네트워크 자동화",
        "AI로 무선 전송을 고도화하고 무선 네트워크를 자동화·최적화하는 500만 유로 규모, 3년 "
        "기간의 한-EU 과제로, 2024년 말까지 시작될 예정이었습니다.",
    ),
    "demo-opp-korea-eu-semiconductor-researcher-forum": (
        "제1회 한-EU 반도체 공동 연구자 포럼",
        "한-EU 반도체 연구 과제를 위한 연구자 매칭과 한국·EU 연구자 간 교류의 자리입니다.",
    ),
    "demo-opp-quantum-korea-2024": (
        "퀀텀 코리아 2024",
        "2024년 6월 한국에서 열릴 예정이던 양자 기술 네트워킹 행사로, 한국과 EU는 양자 협력을 "
        "강화하기 위해 함께 참여하기로 합의했습니다.",
    ),
    # The fictional example calls.
    "demo-example-opp-local-smart-city-mobility": (
        "지역 스마트시티 사업: 드론, 배송, 자율주행 모빌리티 (예시)",
        "세종과 부산에 이어 추진될 70개 시·군 가운데 한 곳에서 드론, 비대면 배송, 자율주행 "
        "셔틀을 시범 운영할 컨소시엄을 모집합니다. 해외 기업의 참여를 환영합니다.",
    ),
    "demo-example-opp-local-smart-city-services": (
        "지역 스마트시티 사업: 재택 돌봄과 디지털 공공서비스 (예시)",
        "세종의 분야를 본떠, 지역 스마트시티를 위한 원격의료, 도시 결제, 공공서비스를 모집합니다.",
    ),
    "demo-example-opp-busan-green-energy-water": (
        "부산 스마트시티: 친환경 에너지와 물 관리 기술 (예시)",
        "부산 국가 시범 스마트시티를 위한 재생에너지, 스마트 그리드, 물 관리 기술입니다.",
    ),
    "demo-example-opp-busan-robotics-testbed": (
        "부산 스마트시티: 로봇·스마트 공장 테스트베드 (예시)",
        "부산의 테스트베드에서 로봇, 스마트 공장 라인, 그리고 이를 검사하고 정비하는 AI를 "
        "시험합니다.",
    ),
    "demo-example-opp-rok-uk-semiconductors": (
        "한영 공동 연구개발(R&D): 반도체 설계, 소재, 패키징 (예시)",
        "영국의 반도체 설계·IP와 한국의 제조, 소재, 패키징 역량을 결합하는 한영 공동 과제입니다.",
    ),
    "demo-example-opp-rok-uk-open-ran": (
        "한영 공동 연구개발(R&D): 오픈랜과 무선통신 (예시)",
        "오픈랜, 밀리미터파, 상호운용성과 보안을 갖춘 네트워크에 관한 한영 공동 과제입니다.",
    ),
    "demo-example-opp-rok-uk-trustworthy-ai": (
        "한영 공동 연구개발(R&D): 공유 데이터 기반의 안전하고 신뢰할 수 있는 AI (예시)",
        "의료 데이터를 포함해 안전하게 공유된 데이터로 안전하고 신뢰할 수 있는 AI를 만드는 한영 "
        "공동 과제입니다.",
    ),
    "demo-example-opp-rok-uk-space": (
        "한영 우주 협력: 위성, 지구 관측, 시각 동기 (예시)",
        "소형 위성, 지구 관측, 항법·시각 동기에 관한 한영 공동 과제입니다.",
    ),
    "demo-example-opp-rok-uk-digital-health": (
        "한영 공동 연구개발(R&D): 고령 사회를 위한 디지털 헬스와 돌봄 (예시)",
        "노인을 위한 원격 돌봄, 의료 AI, 의료 데이터 교환에 관한 한영 공동 과제입니다.",
    ),
    "demo-example-opp-rok-eu-6g": (
        "한-유럽 공동 연구: 무선 네트워크용 AI (예시)",
        "한-EU 디지털 파트너십의 Beyond 5G/6G 분야에서 무선 전송용 AI와 무선 네트워크 "
        "자동화에 관한 공동 연구입니다.",
    ),
    "demo-example-opp-k-startup-grand-challenge-2027": (
        "K-스타트업 그랜드 챌린지 (예시)",
        "게임, 5G, AI, 핀테크, 실감 미디어 분야의 해외 스타트업을 위한 한국 액셀러레이터 "
        "프로그램입니다.",
    ),
    "demo-example-opp-connected-vehicles-trains": (
        "한영 커넥티드 차량, 철도, 제어 시스템 (예시)",
        "철도용 5G, 커넥티드 차량, 그리고 차량이 읽는 지능형 도로 표지에 관한 한영 공동 "
        "과제입니다.",
    ),
}

# The city of each opportunity that has one in English, as Korean writes it (a province before
# the place in it).
KOREAN_CITIES: dict[str, str] = {
    "demo-opp-sejong-smart-city-pilot": "세종",
    "demo-opp-busan-smart-city-project": "부산",
    "demo-opp-gccei-incubation": "경기도",
    "demo-opp-pangyo-techno-valley-testbed": "경기도 판교테크노밸리",
    "demo-opp-korea-eu-semiconductor-researcher-forum": "브뤼셀",
    "demo-example-opp-busan-green-energy-water": "부산",
    "demo-example-opp-busan-robotics-testbed": "부산",
}
