"""Match quality on real Horizon 2020 consortia: `manage.py evaluate_matching DATASET_DIR`.

cordis reads the files, split holds out each eligible organisation's latest project,
import_files writes what the app may see as the app's own CSV import files, metrics and
baselines are pure, app_data asks the app's suggestion code, run ties it together inside the
scratch database that scratch sets up."""
