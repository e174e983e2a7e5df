"""Korean descriptions of the Korean demo organisations: the same facts as their English
descriptions, from the same documents, written for Korean readers; and the demo
organisations' cities in Korean. Merged into the seeds by this package's __init__, keyed by
external_id."""

KOREAN_DESCRIPTIONS: dict[str, str] = {
    # Companies the documents name.
    "demo-samsung": (
        "2018년 Innovate UK ICT 전문가 사절단은 삼성을 한국에서 가장 잘 알려진 최대 재벌 "
        "그룹으로 소개했습니다. 당시 한국 수출의 20% 가까이를 차지하고, 전 세계 연구개발(R&D)에 "
        "연간 190억 달러를 투자했습니다. 2018 평창 동계올림픽에서는 KT 자율주행 버스 노선을 따라 "
        "5G 밀리미터파 기지국 21기(빔포밍·빔트래킹 적용)와 사절단이 시험한 5G 지원 태블릿을 "
        "공급했습니다. LG, 현대와 함께 창조경제혁신센터에 자금을 지원하는 대기업으로 "
        "꼽힙니다."
    ),
    "demo-samsung-research": (
        "가전, IT, 모바일 분야를 아우르는 삼성의 통합 연구개발(R&D) 조직으로, 2017년 말 "
        "소프트웨어 R&D 부문과 DMC 연구소를 재편해 출범했습니다. AI, IoT, 데이터, 클라우드 연구에 "
        "중점을 둡니다. AI에 늦게 뛰어든 만큼 대학과 스타트업 밀집 지역 가까이에 각기 다른 분야를 "
        "맡는 연구센터 다섯 곳을 세우고 있으며, 위치는 한국, 캐나다, 미국, 러시아, 그리고 AI에 "
        "집중하는 영국 케임브리지입니다. 제조 공정 관리, 거버넌스, 신사업 육성 등 AI를 활용할 수 "
        "있는 분야에서 선도적 역량을 확보하는 것이 목표입니다."
    ),
    "demo-lg": (
        "2018년 전문가 사절단 보고서에 따르면 국내 연구개발(R&D)에 대규모로 투자하고 해외 "
        "인수합병으로 내부 혁신을 강화하는 재벌 그룹 중 하나입니다. 창조경제혁신센터에 자금을 "
        "지원하는 대기업으로 꼽히며, 보고서는 삼성이나 LG 같은 강력한 수직 계열 기업이 자체 "
        "이동통신망을 협상하고 운영하는 것을 선호한다고 적고 있습니다."
    ),
    "demo-lg-cns": (
        "세종 국가 시범 스마트시티 사업에 입찰한 컨소시엄 중 하나를 이끌었습니다. 컨소시엄에는 "
        "LG유플러스, LG전자, KB금융그룹, 신한금융그룹, CJ올리브네트웍스, 네이버비즈니스플랫폼이 "
        "참여했습니다(코리아헤럴드 보도)."
    ),
    "demo-lg-uplus": "세종 국가 시범 스마트시티 사업에 입찰한 LG CNS 주관 컨소시엄의 참여사입니다.",
    "demo-lg-electronics": (
        "세종 국가 시범 스마트시티 사업에 입찰한 LG CNS 주관 컨소시엄의 참여사입니다."
    ),
    "demo-kb-financial-group": (
        "금융그룹으로, 세종 국가 시범 스마트시티 사업에 입찰한 LG CNS 주관 컨소시엄의 참여사입니다."
    ),
    "demo-shinhan-financial-group": (
        "금융그룹으로, 세종 국가 시범 스마트시티 사업에 입찰한 LG CNS 주관 컨소시엄의 참여사입니다."
    ),
    "demo-cj-olivenetworks": (
        "세종 국가 시범 스마트시티 사업에 입찰한 LG CNS 주관 컨소시엄에 참여한 IT 기업입니다."
    ),
    "demo-naver-business-platform": (
        "세종 국가 시범 스마트시티 사업에 입찰한 LG CNS 주관 컨소시엄에 참여한 IT 기업입니다."
    ),
    "demo-kt": (
        "옛 한국통신으로, 2018년 전문가 사절단 보고서는 KT를 영국 BT에 해당하는 한국 기업으로 "
        "소개합니다. 2018 평창 동계올림픽 공식 파트너로서 5G 홍보관을 운영하고, 밀리미터파 기지국 "
        "21기가 설치된 일반 도로에서 5G로 연결된 자율주행 버스 시제품을 운행했습니다. 자율주행에는 "
        "URLLC를, 영상에는 eMBB를 활용했으며, VR 체험과 새로운 스포츠 중계(싱크뷰, 포인트뷰, "
        "타임슬라이스, 26GHz 밀리미터파 설비 활용)를 선보였습니다. 당시 로드맵은 2019년 3.5GHz "
        "대역 eMBB 5G 상용화와 밀리미터파(28GHz) 핫스팟 서비스였습니다. 경기창조경제혁신센터의 "
        "주관 후원사로서 스타트업 아이디어를 일찍 접할 수 있습니다. 현대자동차와 함께 세종 국가 "
        "시범 스마트시티 사업에 입찰했습니다."
    ),
    "demo-hyundai-motor": (
        "2018 평창 동계올림픽 공식 파트너로, 일반 도로에서 수소연료 자율주행차 차량단을 "
        "선보였습니다. 각 차량은 7km 구간을 따라 설치된 KT의 밀리미터파 5G 셀에 연결된 레이더와 "
        "카메라를 갖추었으며, 일부 도로에서는 운전자가 탑승해야 했습니다. 당시 2021년까지 한국의 "
        "'스마트시티' 지역에서 자율주행차를 운행하는 것을 목표로 했습니다. KT와 함께 세종 국가 "
        "시범 스마트시티 사업에 입찰했습니다. 사절단 보고서는 현대를 삼성, LG와 함께 재벌 그룹이자 "
        "창조경제혁신센터에 자금을 지원하는 대기업으로 꼽습니다."
    ),
    "demo-hyundai-engineering-construction": (
        "세종 국가 시범 스마트시티 사업에 입찰한 KT-현대자동차 컨소시엄에 참여한 현대 계열사입니다."
    ),
    "demo-selvas-ai": (
        "2018년 전문가 사절단이 만난 한국의 AI 중소기업입니다. 셀바스AI의 Jack H. Lee "
        "씨는 중소기업으로서는 접근할 수 없는 의료 분야 데이터가 있으며, 혁신을 촉진하려면 민간과 "
        "정부 사이에 더 많은 논의가 필요하다고 말했습니다. 보고서에 따르면 영국의 AI 스타트업도 "
        "같은 생각입니다."
    ),
    "demo-consortium-sejong-lg-cns": (
        "LG CNS가 주관해 세종 국가 시범 스마트시티 사업에 입찰한 컨소시엄으로, LG유플러스, "
        "LG전자, KB금융그룹, 신한금융그룹과 IT 기업 CJ올리브네트웍스, 네이버비즈니스플랫폼이 "
        "참여했습니다. 입찰 관련 자료는 해외 기업에 이들 사업에 참여하는 한국 파트너를 찾거나, "
        "현지 기업과 컨소시엄을 구성하거나 이에 참여할 것을 권합니다. 분야는 스마트 모빌리티, "
        "헬스케어와 원격의료, 에듀테크와 원격교육, 에너지 절감, 디지털 행정, 비대면 배송이며 "
        "드론, 블록체인 등의 기술이 함께 쓰입니다."
    ),
    "demo-consortium-sejong-kt-hyundai": (
        "KT와 현대자동차가 현대건설 등 계열사와 함께 구성해 세종 국가 시범 스마트시티 사업에 "
        "입찰한 컨소시엄입니다. 입찰 관련 자료는 해외 기업에 이들 사업에 참여하는 한국 파트너를 "
        "찾거나, 현지 기업과 컨소시엄을 구성하거나 이에 참여할 것을 권합니다. 분야는 스마트 "
        "모빌리티, 헬스케어와 원격의료, 에듀테크와 원격교육, 에너지 절감, 디지털 행정, 비대면 "
        "배송이며 드론, 블록체인 등의 기술이 함께 쓰입니다."
    ),
    # Public bodies, research institutes and innovation centres.
    "demo-etri": (
        "2018년 2월 제3차 한영 ICT 정책포럼 5G 워크숍에 과학기술정보통신부, 5G포럼, KT와 함께 "
        "참여했습니다. 이 자리에서 한국 측은 5G 밀리미터파 주파수의 국제 조화, 3GPP 고속철도 "
        "표준화, 수직 산업의 5G 혁신에 관해 영국과 협력하고 싶다는 뜻을 밝혔습니다."
    ),
    "demo-5g-forum": (
        "5G포럼 분과위원회가 2018년 2월 제3차 한영 ICT 정책포럼 5G 워크숍에 참여했습니다. 이 "
        "자리에서 한국 측은 5G 밀리미터파 주파수의 국제 조화, 3GPP 고속철도 표준화, 수직 산업의 "
        "5G 혁신에 관해 영국과 협력하고 싶다는 뜻을 밝혔습니다."
    ),
    "demo-gccei": (
        "한국과 전 세계의 스타트업과 중소기업을 육성하고 성장을 가속하기 위해 세워진 혁신센터 18곳 "
        "가운데 하나로, KT가 주관 후원사입니다. 2018년에는 게임, 5G, ICT, AI, 핀테크 분야 "
        "스타트업 120여 곳(해외 기업 5곳 포함)을 보육했으며 더 많은 해외 기업을 유치하고자 "
        "했습니다. 창업 3년 이내 기업에 집중하며, 기업은 6개월에서 18개월 동안 머뭅니다. 시설, "
        "사무 공간, 네트워킹, 마케팅, 통역, 멘토링, 투자자 소개를 제공합니다. 오픈이노베이션랩 "
        "이종휘 센터장은 최근 이스라엘과도 협력 관계를 맺었다고 밝혔습니다."
    ),
    "demo-ccei-network": (
        "경기창조경제혁신센터를 포함한 혁신센터 18곳의 네트워크로, 중앙정부(중소벤처기업부), "
        "지방자치단체, 그리고 LG, 현대, 삼성 같은 대기업이 자금을 지원하며 각각 예산을 배정하고 "
        "중점 분야를 정합니다. 2018년 네트워크 전체의 스타트업은 1,000곳이 넘었습니다. 센터들은 "
        "서로 협력하므로 스타트업은 어느 센터에 등록하든 같은 지원을 받으며, K-스타트업 그랜드 "
        "챌린지 같은 과제에서 글로벌 기업과 스타트업이 협업할 공간과 시설을 제공합니다."
    ),
    "demo-kisa": (
        "한미 '전략적 사이버안보 협력 프레임워크'에 따라 2023년 9월 이미 시행 중인 인력 교류의 "
        "일환으로 한국인터넷진흥원 전문가 1명이 미국 국립표준기술연구소(NIST)에 파견되었습니다."
    ),
    "demo-msit": (
        "한국의 과학기술·ICT 주무 부처입니다. 2018년에는 주파수 할당과 경매를 관리했고(3.3-3.6GHz, "
        "26.5-29.5GHz 대역 공급을 앞당기고 2018년 6월 27.5-28.5GHz 대역 경매를 계획), AI 전략과 "
        "로드맵을 수립했습니다. 정부는 AI 오픈이노베이션 허브 포털을 열고 공공데이터 개방을 "
        "약속했습니다. 한국 정책 담당자들은 AI와 IoT, 표준, 윤리, 개인정보 보호 분야에서 영국과의 "
        "협력에 큰 관심을 보였습니다. 2023년 11월 22일 이종호 장관은 영국 과학혁신기술부(DSIT)와 "
        "한영 디지털 파트너십, 우주 협력 양해각서(MoU), 과학기술 협력 이행약정에 서명했습니다. "
        "한-EU 디지털 파트너십 협의회의 한국 측을 이끌며, 2023년 9월 제7차 한미 ICT 정책포럼을 "
        "공동 개최했습니다."
    ),
    "demo-nipa": (
        "중소벤처기업부의 지원을 받아 2016년 K-스타트업 그랜드 챌린지 액셀러레이터 프로그램을 "
        "출범했습니다."
    ),
    "demo-mss": (
        "K-스타트업 그랜드 챌린지에 자금을 지원하며, 지방자치단체·대기업과 함께 창조경제혁신센터 "
        "18곳의 네트워크를 지원합니다."
    ),
    "demo-motie": (
        "영국 과학혁신기술부(DSIT)와 과학기술 협력을 위한 정부 간 협의체를 각각 운영해 온 한국 "
        "부처 세 곳(과학기술정보통신부, 보건복지부와 함께) 가운데 하나입니다. 2023년 이행약정으로 "
        "이 협의체들은 하나의 한영 공동위원회로 통합됩니다."
    ),
    "demo-mohw": (
        "영국 과학혁신기술부(DSIT)와 과학기술 협력을 위한 정부 간 협의체를 각각 운영해 온 한국 "
        "부처 세 곳(과학기술정보통신부, 산업통상자원부와 함께) 가운데 하나입니다. 2023년 "
        "이행약정으로 이 협의체들은 하나의 한영 공동위원회로 통합됩니다."
    ),
    "demo-pipc": (
        "2023년 9월 12-13일 과학기술정보통신부와 함께 제7차 한미 ICT 정책포럼을 공동 개최했습니다."
    ),
}

# The fictional example companies say so in Korean too.
_EXAMPLE = "예시 프로필: 실존하지 않는 가상의 한국 기업입니다. "

KOREAN_DESCRIPTIONS |= {
    "demo-example-haeundae-blue-water": _EXAMPLE
    + (
        "재생 가능 친환경 에너지, 물 관리 기술, 로봇을 중점 분야로 하는 부산 국가 시범 "
        "스마트시티를 위한 물·에너지 기술 기업입니다. 상수도관 센서 네트워크와 재생에너지로 "
        "운영되는 지구의 스마트 그리드를 구축합니다. 누수, 홍수, 수요를 예측할 머신러닝, 지구 "
        "관측, 예지 정비 분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-yeongdo-harbour-robotics": _EXAMPLE
    + (
        "부산항과 부산 스마트시티의 로봇 중점 분야를 위해 산업용·서비스 로봇을 만들고, 로봇이 "
        "투입되는 스마트 공장 라인도 구축합니다. 머신비전 검사와 생산 공정용 AI 분야의 파트너를 "
        "찾고 있습니다."
    ),
    "demo-example-pangyo-openwave": _EXAMPLE
    + (
        "경기창조경제혁신센터에서 보육된 5G 스타트업으로, 빔포밍을 적용한 오픈랜(Open RAN) "
        "밀리미터파 무선 장비를 만듭니다. 해외 진출을 위해 네트워크 자동화, 3GPP 표준화, 주파수 "
        "분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-icheon-chip-packaging": _EXAMPLE
    + (
        "첨단 패키징과 이종 집적을 전문으로 하며 소규모 제조 라인을 갖추고 있습니다. 한영 디지털 "
        "파트너십이 한국의 강점으로 꼽는 제조·공정 역량에 해당합니다. 자체 IP와 검증 도구를 "
        "보유한 반도체 설계 기업을 찾고 있습니다."
    ),
    "demo-example-ochang-semiconductor-materials": _EXAMPLE
    + (
        "한영 디지털 파트너십의 연구개발(R&D) 분야 중 하나인 반도체 소재·화합물을 개발해 국내 "
        "팹에 공급합니다. 소재를 공동 개발할 뉴로모픽·저전력 반도체 설계 기업을 찾고 있습니다."
    ),
    "demo-example-daedeok-smallsat": _EXAMPLE
    + (
        "한국이 영국 서리대학교와 함께 개발한 우리별 1호(KITSAT-1)의 맥을 잇는 소형 위성과 통신 "
        "탑재체를 설계·제작합니다. 한영 우주 협력 양해각서(MoU)에 따라 지구 관측과 시각 동기 "
        "분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-suwon-silver-care": _EXAMPLE
    + (
        "선진국 가운데 가장 빠르게 고령화하는 사회를 위해 노인용 의료 AI와 웨어러블 기기를 "
        "만듭니다. 원격의료, 원격 모니터링, 의료 데이터 교환 분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-pangyo-mobility-lab": _EXAMPLE
    + (
        "2018년 전문가 사절단이 소개한 자율주행차 테스트베드인 판교테크노밸리 도로에서 자체 센서 "
        "융합 기술로 자율주행 셔틀을 운행합니다. 정밀 지도(HD 맵), V2X, 정밀 측위 분야의 "
        "파트너를 찾고 있습니다."
    ),
    "demo-example-gyeonggi-playcast": _EXAMPLE
    + (
        "평창 2018 시연의 맥을 잇는 경기창조경제혁신센터 스타트업으로, 여러 대의 소형 카메라와 "
        "5G로 스포츠를 촬영해 타임슬라이스 리플레이와 UHD 생중계를 제공합니다. 영상을 관람 "
        "경험으로 바꿀 게임·VR 스튜디오를 찾고 있습니다."
    ),
    "demo-example-centum-civic-pay": _EXAMPLE
    + (
        "스마트시티 지구의 공공데이터 플랫폼과 주민 서비스를 운영합니다. 도시 서비스를 위한 결제, "
        "블록체인, 이상거래 탐지 분야의 파트너와, 서비스에 쓰이는 AI를 검증할 기관을 찾고 "
        "있습니다."
    ),
    "demo-example-seoul-trust-cloud": _EXAMPLE
    + (
        "한국이 AI를 위해 약속한 공공데이터 개방에 발맞춰, 공공기관에 클라우드와 공공데이터 "
        "호스팅을 제공합니다. 고객이 운영하는 AI의 안전성과 공정성을 검증할 파트너를 찾고 있습니다."
    ),
    "demo-example-jeju-ocean-watch": _EXAMPLE
    + (
        "위성과 연결된 해양 부이와 센서로 해상풍력 단지와 양식장 주변 바다를 관측합니다. 관측 "
        "자료를 위성 영상과 결합할 지구 관측·위성 시각 동기 분야의 파트너와, 관측 대상 풍력 "
        "터빈의 정비 시기를 예측할 파트너를 찾고 있습니다."
    ),
    "demo-example-yongin-foundry-services": _EXAMPLE
    + (
        "소규모 반도체 설계 기업을 위한 멀티프로젝트 웨이퍼(MPW) 공정과 테스트를 제공하며, 한국의 "
        "제조·공정 역량을 해외 설계 기업에 제공합니다. 공정을 함께 채울, 자체 IP를 보유한 "
        "반도체 설계 기업을 찾고 있습니다."
    ),
    "demo-example-songdo-care-robotics": _EXAMPLE
    + (
        "혼자 사는 노인을 지켜보고 도움을 요청하는 가정용 로봇과, 낙상을 감지하는 AI를 만듭니다. "
        "선진국 가운데 가장 빠르게 고령화하는 사회를 위한 돌봄입니다. 로봇을 의료진과 연결할 "
        "원격의료, 노인 돌봄, 의료 데이터 분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-changwon-smart-factory": _EXAMPLE
    + (
        "제조업 혁신 3.0 이후 추진된 국가 스마트 공장 보급 사업의 일환으로, 기계 공장에 스마트 "
        "공장 시스템과 산업용 IoT를 구축합니다. 고객사 생산 라인을 위한 예지 정비, 머신비전, "
        "공정 AI 분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-sajik-sports-media": _EXAMPLE
    + (
        "평창 2018의 UHD·실감형 중계의 맥을 이어, 방송사와 구단을 위해 야구와 축구 경기를 UHD로 "
        "촬영합니다. 경기를 가정의 팬을 위한 체험으로 바꿀 VR, AR, 게임 스튜디오를 찾고 있습니다."
    ),
    "demo-example-k-stage-holo": _EXAMPLE
    + (
        "5G로 K팝 공연을 홀로그램과 멀티 카메라 리플레이로 스트리밍합니다. 이를 바탕으로 팬 "
        "체험을 만들 AR·VR 스튜디오와 게임 개발사를 찾고 있습니다."
    ),
    "demo-example-pangyo-edge-npu": _EXAMPLE
    + (
        "엣지 기기용 저전력 AI 가속기를 만드는 팹리스 스타트업입니다. 라이선스할 프로세서·뉴로모픽 "
        "IP와 검증 도구를 찾고 있습니다."
    ),
    "demo-example-gumi-sensor-fab": _EXAMPLE
    + (
        "구미 전자 산업 단지의 자체 라인에서 센서 칩과 모듈을 생산하며, 한국의 제조·공정 역량을 "
        "대표합니다. 저전력·뉴로모픽 IP를 보유한 반도체 설계 기업을 찾고 있습니다."
    ),
    "demo-example-osong-rail-connect": _EXAMPLE
    + (
        "고속철도와 지역 철도를 위한 신호·열차 제어 시스템을 만듭니다. 영국과 마찬가지로 "
        "한국에서도 우선순위가 높은 분야입니다. 철도용 5G, 3GPP 표준화, 주파수 분야의 "
        "파트너를 찾고 있습니다."
    ),
    "demo-example-sejong-last-mile": _EXAMPLE
    + (
        "세종 국가 시범 스마트시티의 분야 중 하나인 비대면 배송을 위한 자율주행 배송 로봇을 "
        "만듭니다. 배송 경로를 넓힐 드론, 정밀 지도(HD 맵), V2X 분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-sejong-open-data-lab": _EXAMPLE
    + (
        "세종의 디지털 행정 분야에서 도시를 위한 공공데이터 포털과 디지털 공공서비스를 운영합니다. "
        "한국이 AI를 위해 공공데이터 개방을 약속한 흐름에 맞춘 사업입니다. 머신러닝, AI 검증, 표준 "
        "분야의 파트너를 찾고 있습니다."
    ),
    "demo-example-bundang-digital-hospital": _EXAMPLE
    + (
        "판교테크노밸리 인근에 자체 의료 AI 연구소를 둔 병원입니다. 원격의료, 원격 모니터링, "
        "그리고 2018년 사절단이 한국 중소기업은 접근할 수 없다고 들은 의료 데이터를 개인정보를 "
        "보호하며 교환할 수 있게 할 파트너를 찾고 있습니다."
    ),
    "demo-example-goheung-ground-station": _EXAMPLE
    + (
        "소형 위성을 위한 지상국과 위성 통신 링크를 운영합니다. 한영 우주 협력 양해각서(MoU)에 "
        "따라 통신 링크 위에 데이터 서비스를 제공할 지구 관측·시각 동기 분야의 파트너를 찾고 "
        "있습니다."
    ),
    "demo-example-gwangan-cloud-games": _EXAMPLE
    + (
        "2018년 사절단이 영상과 게임에 관심이 많다고 본 소비자를 위해, 5G로 클라우드 게임을 "
        "스트리밍합니다. 함께 개발할 VR·AR 스튜디오를 찾고 있습니다."
    ),
    "demo-example-daegu-smart-roads": _EXAMPLE
    + (
        "한국이 2022년까지 전국에 설치할 계획이던 지능형 도로 표지와 교통 시스템을 만듭니다. "
        "커넥티드 차량이 이를 읽을 수 있도록 V2X와 정밀 지도(HD 맵) 분야의 파트너를 찾고 있습니다."
    ),
}

# The city or region of each organisation that has one in English, as Korean writes it (the
# larger place before the one in it), where the Korean name is the usual one: every Korean
# organisation's, and the UK and European ones' by their standard Korean spelling (the
# National Institute of Korean Language's loanword rules, as Korean encyclopaedias write them).
KOREAN_CITIES: dict[str, str] = {
    # Korea.
    "demo-consortium-sejong-lg-cns": "세종",
    "demo-consortium-sejong-kt-hyundai": "세종",
    "demo-gccei": "경기도",
    "demo-example-haeundae-blue-water": "부산",
    "demo-example-yeongdo-harbour-robotics": "부산",
    "demo-example-pangyo-openwave": "성남 판교테크노밸리",
    "demo-example-icheon-chip-packaging": "이천",
    "demo-example-ochang-semiconductor-materials": "청주",
    "demo-example-daedeok-smallsat": "대전",
    "demo-example-suwon-silver-care": "수원",
    "demo-example-pangyo-mobility-lab": "성남 판교테크노밸리",
    "demo-example-gyeonggi-playcast": "성남 판교테크노밸리",
    "demo-example-centum-civic-pay": "부산",
    "demo-example-seoul-trust-cloud": "서울",
    "demo-example-jeju-ocean-watch": "제주",
    "demo-example-yongin-foundry-services": "용인",
    "demo-example-songdo-care-robotics": "인천",
    "demo-example-changwon-smart-factory": "창원",
    "demo-example-sajik-sports-media": "부산",
    "demo-example-k-stage-holo": "서울",
    "demo-example-pangyo-edge-npu": "성남 판교테크노밸리",
    "demo-example-gumi-sensor-fab": "구미",
    "demo-example-osong-rail-connect": "청주 오송",
    "demo-example-sejong-last-mile": "세종",
    "demo-example-sejong-open-data-lab": "세종",
    "demo-example-bundang-digital-hospital": "성남",
    "demo-example-goheung-ground-station": "고흥",
    "demo-example-gwangan-cloud-games": "부산",
    "demo-example-daegu-smart-roads": "대구",
    # The UK and Europe.
    "demo-samsung-ai-centre-cambridge": "케임브리지",
    "demo-kings-college-london": "런던",
    "demo-british-embassy-seoul-sin": "서울",
    "demo-google-deepmind": "런던",
    "demo-european-commission": "브뤼셀",
    "demo-korea-europe-quantum-centre": "브뤼셀",
    "demo-example-quillon-games": "던디",
    "demo-example-fenmore-silicon": "브리스틀",
    "demo-example-larchfield-health-data": "리즈",
    "demo-example-kestrel-responsible-ai": "에든버러",
    "demo-example-brackenridge-payments": "카디프",
    "demo-example-wrenfield-autonomy": "코번트리",
    "demo-example-ashcombe-care": "맨체스터",
    "demo-example-mersey-factory-analytics": "리버풀",
    "demo-example-penhallow-space": "글래스고",
    "demo-example-hartwell-spectrum": "길퍼드",
}
