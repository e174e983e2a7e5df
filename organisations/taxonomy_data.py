"""The shared taxonomy: sectors and the capabilities organisations offer, seek and
opportunities require. Grounded in the Korea-UK ICT documents the project started from.

Slugs are a public interface: CSV imports and other tools name them, so never rename or
reuse one. Add new entries instead, and retire old ones in the admin.
"""

from typing import NamedTuple


class SectorSeed(NamedTuple):
    slug: str
    name: str
    name_ko: str
    description: str


class CapabilitySeed(NamedTuple):
    slug: str
    name: str
    name_ko: str
    sector: str


SECTORS: tuple[SectorSeed, ...] = (
    SectorSeed(
        "telecoms-5g-6g",
        "5G/6G and Open RAN",
        "5G·6G 및 오픈랜",
        "Mobile networks from 5G roll-out to Beyond-5G/6G research, spectrum, standards and "
        "open, diverse telecoms supply chains.",
    ),
    SectorSeed(
        "ai-data",
        "AI and data",
        "인공지능·데이터",
        "Artificial intelligence, data analytics, cloud and the policy that makes data usable.",
    ),
    SectorSeed(
        "iot",
        "Internet of Things",
        "사물인터넷",
        "Connected sensors, devices, wearables and the platforms that run them.",
    ),
    SectorSeed(
        "immersive-media-games",
        "Immersive media (VR/AR) and games",
        "실감미디어(VR·AR)·게임",
        "Virtual and augmented reality, games, UHD broadcasting and new ways of filming sport.",
    ),
    SectorSeed(
        "cyber-security",
        "Cyber security",
        "사이버보안",
        "Protecting networks, data and people online; threat sharing and incident response.",
    ),
    SectorSeed(
        "semiconductors",
        "Semiconductors",
        "반도체",
        "Chip design and IP, materials, manufacturing, packaging and new computing paradigms.",
    ),
    SectorSeed(
        "quantum",
        "Quantum technologies",
        "양자기술",
        "Quantum computing, simulation, communication and sensing.",
    ),
    SectorSeed(
        "hpc",
        "High-performance computing",
        "고성능컴퓨팅",
        "Supercomputing systems, the software that runs on them and the data centres behind AI.",
    ),
    SectorSeed(
        "space",
        "Space",
        "우주",
        "Satellites, earth observation, navigation and timing, exploration and space policy.",
    ),
    SectorSeed(
        "smart-cities",
        "Smart cities",
        "스마트시티",
        "City-scale platforms, digital twins, mapping and services for residents.",
    ),
    SectorSeed(
        "mobility",
        "Mobility (autonomous vehicles, drones, rail)",
        "모빌리티(자율주행·드론·철도)",
        "Self-driving and connected vehicles, drones, rail and intelligent transport.",
    ),
    SectorSeed(
        "health-social-care",
        "Health and social care",
        "보건의료·돌봄",
        "Telemedicine, health data, AI for care and technology for an ageing society.",
    ),
    SectorSeed(
        "edtech",
        "Edtech",
        "에듀테크",
        "Remote and adaptive learning, digital skills and immersive training.",
    ),
    SectorSeed(
        "energy-clean-growth",
        "Energy and clean growth",
        "에너지·청정성장",
        "Renewables, hydrogen, storage, smart grids, energy saving and water technologies.",
    ),
    SectorSeed(
        "smart-manufacturing-robotics",
        "Smart manufacturing and robotics",
        "스마트제조·로봇",
        "Smart factories, industrial and service robots and AI on the production line.",
    ),
    SectorSeed(
        "fintech-blockchain",
        "Fintech and blockchain",
        "핀테크·블록체인",
        "Payments, open banking, regulatory technology and distributed ledgers.",
    ),
    SectorSeed(
        "digital-governance",
        "Digital governance",
        "디지털 거버넌스",
        "Digital public services, standards, internet governance, digital rights and trade.",
    ),
)


CAPABILITIES: tuple[CapabilitySeed, ...] = (
    # 5G/6G and Open RAN
    CapabilitySeed("mmwave-radio", "mmWave radio", "밀리미터파 무선", "telecoms-5g-6g"),
    CapabilitySeed(
        "beamforming", "Beamforming and beam tracking", "빔포밍·빔트래킹", "telecoms-5g-6g"
    ),
    CapabilitySeed("open-ran", "Open RAN", "오픈랜", "telecoms-5g-6g"),
    CapabilitySeed(
        "network-automation",
        "Network automation and optimisation",
        "네트워크 자동화·최적화",
        "telecoms-5g-6g",
    ),
    CapabilitySeed(
        "ai-wireless-transmission",
        "AI for wireless transmission",
        "AI 기반 무선전송",
        "telecoms-5g-6g",
    ),
    CapabilitySeed("5g-core-networks", "5G core networks", "5G 코어망", "telecoms-5g-6g"),
    CapabilitySeed(
        "urllc",
        "Ultra-reliable low-latency communications (URLLC)",
        "초고신뢰·저지연 통신(URLLC)",
        "telecoms-5g-6g",
    ),
    CapabilitySeed(
        "embb",
        "Enhanced mobile broadband (eMBB)",
        "초고속 모바일 광대역(eMBB)",
        "telecoms-5g-6g",
    ),
    CapabilitySeed(
        "spectrum-management",
        "Spectrum management and harmonisation",
        "주파수 관리·국제 조화",
        "telecoms-5g-6g",
    ),
    CapabilitySeed(
        "3gpp-standardisation",
        "3GPP and telecoms standardisation",
        "3GPP·통신 표준화",
        "telecoms-5g-6g",
    ),
    CapabilitySeed("6g-research", "6G research", "6G 연구", "telecoms-5g-6g"),
    CapabilitySeed(
        "private-5g-networks",
        "Private (enterprise) 5G networks",
        "기업 전용 5G망",
        "telecoms-5g-6g",
    ),
    CapabilitySeed(
        "network-interoperability",
        "Network interoperability and testing",
        "통신망 상호운용성·시험",
        "telecoms-5g-6g",
    ),
    CapabilitySeed(
        "fibre-backhaul",
        "Fibre backhaul and shared rural infrastructure",
        "광 백홀·농어촌 공동망",
        "telecoms-5g-6g",
    ),
    # AI and data
    CapabilitySeed("machine-learning", "Machine learning", "머신러닝", "ai-data"),
    CapabilitySeed("computer-vision", "Computer vision", "컴퓨터 비전", "ai-data"),
    CapabilitySeed(
        "natural-language-processing", "Natural language processing", "자연어처리", "ai-data"
    ),
    CapabilitySeed(
        "machine-translation",
        "Machine translation and interpretation",
        "자동 통번역",
        "ai-data",
    ),
    CapabilitySeed(
        "conversational-ai", "Chatbots and voice assistants", "챗봇·음성비서", "ai-data"
    ),
    CapabilitySeed("speech-recognition", "Speech recognition", "음성인식", "ai-data"),
    CapabilitySeed("bayesian-modelling", "Bayesian modelling", "베이지안 모델링", "ai-data"),
    CapabilitySeed("data-analytics", "Data analytics", "데이터 분석", "ai-data"),
    CapabilitySeed("cloud-computing", "Cloud computing", "클라우드 컴퓨팅", "ai-data"),
    CapabilitySeed(
        "ai-ethics-governance",
        "AI ethics, safety and trustworthiness",
        "AI 윤리·안전·신뢰성",
        "ai-data",
    ),
    CapabilitySeed(
        "open-data-platforms",
        "Open data and data-sharing platforms",
        "공공데이터·데이터 공유 플랫폼",
        "ai-data",
    ),
    CapabilitySeed(
        "privacy-enhancing-technologies",
        "Privacy-enhancing technologies",
        "프라이버시 강화 기술",
        "ai-data",
    ),
    # Internet of Things
    CapabilitySeed("iot-sensors", "IoT sensors and devices", "IoT 센서·디바이스", "iot"),
    CapabilitySeed("iot-platforms", "IoT platforms and connectivity", "IoT 플랫폼·연결", "iot"),
    CapabilitySeed("wearables", "Wearables and smart bands", "웨어러블·스마트밴드", "iot"),
    CapabilitySeed(
        "location-based-services",
        "Location-based services and way-finding",
        "위치기반 서비스·길안내",
        "iot",
    ),
    CapabilitySeed("edge-computing", "Edge computing", "엣지 컴퓨팅", "iot"),
    CapabilitySeed("industrial-iot", "Industrial IoT", "산업용 IoT", "iot"),
    CapabilitySeed("smart-kiosks", "Interactive kiosks", "스마트 키오스크", "iot"),
    CapabilitySeed(
        "sports-performance-analytics",
        "Sports performance sensing and analytics",
        "스포츠 경기력 센싱·분석",
        "iot",
    ),
    # Immersive media (VR/AR) and games
    CapabilitySeed(
        "virtual-reality", "Virtual reality (VR)", "가상현실(VR)", "immersive-media-games"
    ),
    CapabilitySeed(
        "augmented-reality", "Augmented reality (AR)", "증강현실(AR)", "immersive-media-games"
    ),
    CapabilitySeed("game-development", "Game development", "게임 개발", "immersive-media-games"),
    CapabilitySeed(
        "uhd-broadcasting", "4K/UHD broadcasting", "4K·UHD 방송", "immersive-media-games"
    ),
    CapabilitySeed(
        "multi-camera-capture",
        "Multi-camera capture, 360° replay and time slice",
        "다중 카메라 촬영·360도 리플레이",
        "immersive-media-games",
    ),
    CapabilitySeed(
        "holography", "Holograms and volumetric display", "홀로그램", "immersive-media-games"
    ),
    CapabilitySeed(
        "live-video-streaming",
        "Live video streaming",
        "실시간 영상 스트리밍",
        "immersive-media-games",
    ),
    CapabilitySeed(
        "training-simulation", "Training simulations", "훈련용 시뮬레이션", "immersive-media-games"
    ),
    # Cyber security
    CapabilitySeed(
        "threat-intelligence-sharing",
        "Cyber threat information sharing",
        "사이버 위협정보 공유",
        "cyber-security",
    ),
    CapabilitySeed(
        "incident-response",
        "Incident response and cyber exercises",
        "침해사고 대응·모의훈련",
        "cyber-security",
    ),
    CapabilitySeed(
        "network-security", "Network and 5G security", "네트워크·5G 보안", "cyber-security"
    ),
    CapabilitySeed(
        "identity-trust-services",
        "Digital identity and trust services",
        "디지털 신원·신뢰서비스",
        "cyber-security",
    ),
    CapabilitySeed(
        "data-protection-compliance",
        "Data protection compliance",
        "개인정보보호 컴플라이언스",
        "cyber-security",
    ),
    CapabilitySeed(
        "security-certification",
        "Security standards and certification",
        "보안 표준·인증",
        "cyber-security",
    ),
    CapabilitySeed("online-safety", "Online safety", "온라인 안전", "cyber-security"),
    CapabilitySeed("cryptography", "Cryptography", "암호기술", "cyber-security"),
    # Semiconductors
    CapabilitySeed("chip-design-ip", "Chip design and IP", "반도체 설계·IP", "semiconductors"),
    CapabilitySeed(
        "eda-verification",
        "Electronic design automation and verification",
        "EDA·설계 검증",
        "semiconductors",
    ),
    CapabilitySeed("advanced-packaging", "Advanced packaging", "첨단 패키징", "semiconductors"),
    CapabilitySeed(
        "heterogeneous-integration", "Heterogeneous integration", "이종 집적", "semiconductors"
    ),
    CapabilitySeed(
        "semiconductor-materials",
        "Semiconductor materials and compounds",
        "반도체 소재·화합물",
        "semiconductors",
    ),
    CapabilitySeed(
        "semiconductor-manufacturing",
        "Semiconductor manufacturing and processing",
        "반도체 제조·공정",
        "semiconductors",
    ),
    CapabilitySeed(
        "neuromorphic-computing", "Neuromorphic computing", "뉴로모픽 컴퓨팅", "semiconductors"
    ),
    # Quantum technologies
    CapabilitySeed("quantum-computing", "Quantum computing", "양자컴퓨팅", "quantum"),
    CapabilitySeed("quantum-simulation", "Quantum simulators", "양자 시뮬레이터", "quantum"),
    CapabilitySeed("quantum-communication", "Quantum communication", "양자통신", "quantum"),
    CapabilitySeed(
        "quantum-key-distribution",
        "Quantum key distribution (QKD)",
        "양자키분배(QKD)",
        "quantum",
    ),
    CapabilitySeed("quantum-sensing", "Quantum sensing", "양자센싱", "quantum"),
    CapabilitySeed(
        "post-quantum-cryptography", "Post-quantum cryptography", "양자내성암호", "quantum"
    ),
    # High-performance computing
    CapabilitySeed("hpc-systems", "Supercomputing systems", "슈퍼컴퓨팅 시스템", "hpc"),
    CapabilitySeed(
        "parallel-software",
        "Parallel and scientific software",
        "병렬·과학계산 소프트웨어",
        "hpc",
    ),
    CapabilitySeed(
        "ai-training-infrastructure", "AI training infrastructure", "AI 학습 인프라", "hpc"
    ),
    CapabilitySeed(
        "large-scale-simulation",
        "Large-scale simulation and modelling",
        "대규모 시뮬레이션·모델링",
        "hpc",
    ),
    CapabilitySeed("data-centres", "Data centres", "데이터센터", "hpc"),
    CapabilitySeed(
        "energy-efficient-computing",
        "Energy-efficient computing",
        "저전력·고효율 컴퓨팅",
        "hpc",
    ),
    # Space
    CapabilitySeed(
        "small-satellites",
        "Small satellite design and manufacture",
        "소형위성 설계·제작",
        "space",
    ),
    CapabilitySeed("earth-observation", "Earth observation", "지구관측", "space"),
    CapabilitySeed("satellite-communications", "Satellite communications", "위성통신", "space"),
    CapabilitySeed(
        "satellite-navigation-timing",
        "Satellite navigation and timing",
        "위성항법·시각 동기",
        "space",
    ),
    CapabilitySeed("space-exploration", "Space exploration", "우주탐사", "space"),
    CapabilitySeed(
        "space-sustainability",
        "Space sustainability and debris",
        "우주 지속가능성·우주쓰레기",
        "space",
    ),
    CapabilitySeed(
        "space-regulation-policy", "Space regulation and policy", "우주 규제·정책", "space"
    ),
    # Smart cities
    CapabilitySeed("digital-twins", "Digital twins", "디지털 트윈", "smart-cities"),
    CapabilitySeed(
        "geospatial-mapping", "Geospatial mapping", "공간정보·지도 제작", "smart-cities"
    ),
    CapabilitySeed(
        "urban-data-platforms", "City data platforms", "도시 데이터 플랫폼", "smart-cities"
    ),
    CapabilitySeed(
        "smart-city-integration",
        "Smart-city planning and integration",
        "스마트시티 계획·통합",
        "smart-cities",
    ),
    CapabilitySeed("smart-buildings", "Smart buildings", "스마트 빌딩", "smart-cities"),
    CapabilitySeed(
        "public-safety-services",
        "Emergency and public-safety services",
        "재난·공공안전 서비스",
        "smart-cities",
    ),
    CapabilitySeed(
        "non-contact-delivery",
        "Non-contact delivery services",
        "비대면 배송 서비스",
        "smart-cities",
    ),
    # Mobility
    CapabilitySeed("autonomous-driving", "Autonomous driving", "자율주행", "mobility"),
    CapabilitySeed(
        "connected-vehicles-v2x", "Connected vehicles and V2X", "커넥티드카·V2X", "mobility"
    ),
    CapabilitySeed("drones", "Drones and unmanned aircraft systems", "드론·무인항공기", "mobility"),
    CapabilitySeed(
        "rail-connectivity", "Connectivity for high-speed rail", "고속철도 통신", "mobility"
    ),
    CapabilitySeed(
        "rail-control-systems",
        "Rail signalling and control systems",
        "철도 신호·제어시스템",
        "mobility",
    ),
    CapabilitySeed(
        "intelligent-transport-systems",
        "Intelligent transport systems and road signs",
        "지능형교통체계(ITS)·지능형 도로표지",
        "mobility",
    ),
    CapabilitySeed(
        "automotive-sensing",
        "Automotive radar, cameras and sensor fusion",
        "차량 레이더·카메라·센서 융합",
        "mobility",
    ),
    CapabilitySeed("hd-maps", "HD maps for autonomous vehicles", "자율주행용 정밀지도", "mobility"),
    CapabilitySeed(
        "hydrogen-fuel-cell-vehicles",
        "Hydrogen fuel-cell vehicles",
        "수소연료전지차",
        "mobility",
    ),
    # Health and social care
    CapabilitySeed(
        "telemedicine", "Telemedicine and remote care", "원격의료", "health-social-care"
    ),
    CapabilitySeed(
        "health-data-interoperability",
        "Health data and medical information exchange",
        "의료정보 교류·상호운용",
        "health-social-care",
    ),
    CapabilitySeed("medical-ai", "AI for health and care", "의료 AI", "health-social-care"),
    CapabilitySeed(
        "health-big-data",
        "Health and bio big data",
        "보건의료·바이오 빅데이터",
        "health-social-care",
    ),
    CapabilitySeed(
        "remote-patient-monitoring",
        "Remote patient monitoring",
        "원격 환자 모니터링",
        "health-social-care",
    ),
    CapabilitySeed(
        "ageing-care-technology",
        "Assistive and ageing-care technology",
        "고령자 돌봄·보조기술",
        "health-social-care",
    ),
    # Edtech
    CapabilitySeed("remote-learning", "Remote learning platforms", "원격교육 플랫폼", "edtech"),
    CapabilitySeed("adaptive-learning", "AI adaptive learning", "AI 맞춤형 학습", "edtech"),
    CapabilitySeed(
        "digital-skills-training", "Digital skills training", "디지털 역량 교육", "edtech"
    ),
    CapabilitySeed("immersive-learning", "VR/AR learning", "실감형(VR·AR) 교육", "edtech"),
    CapabilitySeed("learning-analytics", "Learning analytics", "학습 분석", "edtech"),
    # Energy and clean growth
    CapabilitySeed("renewable-energy", "Renewable energy", "신재생에너지", "energy-clean-growth"),
    CapabilitySeed("solar-power", "Solar power", "태양광", "energy-clean-growth"),
    CapabilitySeed(
        "hydrogen-supply",
        "Hydrogen production and supply",
        "수소 생산·공급",
        "energy-clean-growth",
    ),
    CapabilitySeed(
        "energy-storage",
        "Energy storage and smart batteries",
        "에너지저장·스마트 배터리",
        "energy-clean-growth",
    ),
    CapabilitySeed("smart-grids", "Smart grids", "스마트그리드", "energy-clean-growth"),
    CapabilitySeed(
        "energy-saving",
        "Energy saving and efficiency",
        "에너지 절감·효율화",
        "energy-clean-growth",
    ),
    CapabilitySeed("water-technologies", "Water technologies", "물 기술", "energy-clean-growth"),
    # Smart manufacturing and robotics
    CapabilitySeed(
        "smart-factory-systems",
        "Smart factory systems",
        "스마트공장 시스템",
        "smart-manufacturing-robotics",
    ),
    CapabilitySeed(
        "industrial-robotics", "Industrial robotics", "산업용 로봇", "smart-manufacturing-robotics"
    ),
    CapabilitySeed(
        "service-robots", "Service robots", "서비스 로봇", "smart-manufacturing-robotics"
    ),
    CapabilitySeed(
        "manufacturing-process-ai",
        "AI for manufacturing processes",
        "제조공정 AI",
        "smart-manufacturing-robotics",
    ),
    CapabilitySeed(
        "predictive-maintenance",
        "Predictive maintenance",
        "예지보전",
        "smart-manufacturing-robotics",
    ),
    CapabilitySeed(
        "machine-vision-inspection",
        "Machine-vision quality inspection",
        "머신비전 품질검사",
        "smart-manufacturing-robotics",
    ),
    CapabilitySeed(
        "supply-chain-software",
        "Supply chain software",
        "공급망 관리 소프트웨어",
        "smart-manufacturing-robotics",
    ),
    # Fintech and blockchain
    CapabilitySeed(
        "digital-payments",
        "Digital and mobile payments",
        "디지털·모바일 결제",
        "fintech-blockchain",
    ),
    CapabilitySeed("open-banking", "Open banking", "오픈뱅킹", "fintech-blockchain"),
    CapabilitySeed(
        "blockchain",
        "Blockchain and distributed ledgers",
        "블록체인·분산원장",
        "fintech-blockchain",
    ),
    CapabilitySeed("regtech", "Regulatory technology (RegTech)", "레그테크", "fintech-blockchain"),
    CapabilitySeed("fraud-detection", "Fraud detection", "이상거래 탐지", "fintech-blockchain"),
    # Digital governance
    CapabilitySeed(
        "digital-public-services",
        "Digital public services",
        "디지털 공공서비스",
        "digital-governance",
    ),
    CapabilitySeed(
        "digital-standards",
        "Digital technology standards",
        "디지털 기술 표준",
        "digital-governance",
    ),
    CapabilitySeed(
        "internet-governance", "Internet governance", "인터넷 거버넌스", "digital-governance"
    ),
    CapabilitySeed(
        "data-law-policy", "Data law and policy", "데이터 법제·정책", "digital-governance"
    ),
    CapabilitySeed(
        "platform-competition-policy",
        "Digital platforms and competition policy",
        "디지털 플랫폼·경쟁 정책",
        "digital-governance",
    ),
    CapabilitySeed("digital-inclusion", "Digital inclusion", "디지털 포용", "digital-governance"),
    CapabilitySeed("digital-rights", "Digital rights", "디지털 권리", "digital-governance"),
    CapabilitySeed("digital-trade", "Digital trade", "디지털 무역", "digital-governance"),
)
