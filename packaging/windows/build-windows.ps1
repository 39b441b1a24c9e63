# Build the Windows one-folder app and its installer. Run from the checkout root in PowerShell:
#   py -3.11 -m venv .venv; .venv\Scripts\pip install . pyinstaller
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Needs Inno Setup 6 (iscc.exe on PATH, or in its default folder). Output: dist\Outreach-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$py = if (Test-Path ".venv\Scripts\python.exe") { ".venv\Scripts\python.exe" } else { "python" }

& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\outreach.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# Smoke test the console executable the way the installed app will run.
$scratch = Join-Path $env:TEMP ("outreach-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $scratch | Out-Null
& dist\outreach\outreach-app.exe --version
& dist\outreach\outreach-app.exe --db "$scratch\smoke.db" report --from 2025-01-01 --to 2025-12-31 --format text --language fr
if ($LASTEXITCODE) { throw "the frozen CLI failed" }
if (Test-Path outreach_app\ui\app.py) {
  & dist\outreach\outreach-app.exe --db "$scratch\self-test.db" --self-test
  if ($LASTEXITCODE) { throw "--self-test failed" }
}
Remove-Item -Recurse -Force $scratch

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc packaging\windows\outreach.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
