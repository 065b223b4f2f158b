<#
.SYNOPSIS
  Builds the Windows installer target\installer\SoTreEm-<version>.msi with jlink + jpackage.

.DESCRIPTION
  Run on a Windows PC (the JavaFX jars Maven fetches there carry the Windows natives), from any folder:
      powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
  Needs JDK 17+ (jlink, jpackage), Maven, and WiX Toolset 3.x (candle.exe, light.exe on the PATH;
  jpackage 24+ also accepts WiX 4/5).
  The .msi installs per user (no administrator rights) under %LOCALAPPDATA%\SoTreEm, adds a Start-menu
  entry and a desktop shortcut, and carries the fixed upgrade code of installer\package.properties, so
  a newer version replaces the installed one. Data stay in %APPDATA%\SoTreEm (docs/decisions/0008-installer.md).

.PARAMETER SkipMaven
  Use the jar and lib\ already in target\ instead of running "mvn package".
#>
param([switch]$SkipMaven)

$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$props = @{}
foreach ($line in Get-Content -Encoding UTF8 'installer\package.properties') {
    if ($line -match '^([^#=][^=]*)=(.*)$') { $props[$Matches[1]] = $Matches[2] }
}

function Require-Tool([string]$tool, [string]$hint) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "Missing $tool on the PATH: $hint" }
}
Require-Tool 'jlink' 'install a JDK 17 or newer and put its bin folder on the PATH'
Require-Tool 'jpackage' 'install a JDK 17 or newer and put its bin folder on the PATH'
# jpackage 17-23 runs WiX 3 (candle.exe, light.exe); jpackage 24+ also takes WiX 4/5 (wix.exe).
if (-not ((Get-Command 'light.exe' -ErrorAction SilentlyContinue) -or (Get-Command 'wix.exe' -ErrorAction SilentlyContinue))) {
    throw 'Missing WiX on the PATH: install WiX Toolset 3.14 (https://github.com/wixtoolset/wix3/releases) and add its bin folder to the PATH'
}

if (-not $SkipMaven) {
    Require-Tool 'mvn' 'install Maven 3.9+'
    & mvn -B -q -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
}
$mainJar = $props['main.jar']
if (-not (Get-ChildItem 'target\lib' -Filter 'javafx-graphics-*-win.jar' -ErrorAction SilentlyContinue)) {
    throw 'target\lib has no Windows JavaFX jars: run this script (and mvn package) on Windows'
}

# jpackage wants a numeric version (major.minor.build for an .msi): 0.1.0-SNAPSHOT -> 0.1.0.
$versionLine = Get-Content 'target\classes\vn\sotreem\version.properties' | Where-Object { $_ -like 'version=*' }
$version = ($versionLine -replace '^version=', '') -replace '-.*$', ''
if (Select-String -Path 'installer\LICENSE-vi.txt' -Pattern 'PLACEHOLDER' -Quiet) {
    Write-Warning 'installer\LICENSE-vi.txt is still the placeholder; replace it before releasing.'
}

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item "target\$mainJar" "$out\input\"
Copy-Item -Recurse 'target\lib' "$out\input\lib"

# The licence dialog of the .msi shows RTF. Written here as pure ASCII (every Vietnamese letter a \uN
# escape), so the text never meets the .msi's 1252 code page whatever jpackage does with a .txt.
$rtf = New-Object System.Text.StringBuilder
[void]$rtf.Append('{\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Segoe UI;}}\uc1\f0\fs18 ')
foreach ($ch in (Get-Content -Raw -Encoding UTF8 'installer\LICENSE-vi.txt').Replace("`r", '').ToCharArray()) {
    $code = [int]$ch
    if ($ch -eq "`n") { [void]$rtf.Append("\par`r`n") }
    elseif ('\{}'.Contains($ch)) { [void]$rtf.Append('\' + $ch) }
    elseif ($code -lt 128) { [void]$rtf.Append($ch) }
    else { [void]$rtf.Append('\u' + [int16]($code - ($(if ($code -gt 32767) { 65536 } else { 0 }))) + '?') }
}
[void]$rtf.Append('}')
[System.IO.File]::WriteAllText((Join-Path (Get-Location) "$out\LICENSE-vi.rtf"), $rtf.ToString(), [System.Text.Encoding]::ASCII)

Write-Host "jlink: a runtime with $($props['modules'])"
& jlink --add-modules $props['modules'] --include-locales $props['locales'] `
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# ASCII names and texts only: jpackage 17 links the .msi with code page 1252, which has no
# Vietnamese letters (light.exe error LGHT0311); see docs/decisions/0008-installer.md.
$name = $props['windows.name']
Write-Host "jpackage: msi $name $version"
& jpackage --type msi --dest $out `
    --name $name --app-version $version `
    --input "$out\input" --main-jar $mainJar --main-class $props['main.class'] `
    --runtime-image "$out\runtime" `
    --java-options $props['java.options'] `
    --icon 'installer\icons\so-tre-em.ico' `
    --vendor $props['vendor'] --description $props['windows.description'] --copyright $props['copyright'] `
    --license-file "$out\LICENSE-vi.rtf" `
    --win-per-user-install --win-menu --win-menu-group $props['windows.menu.group'] --win-shortcut `
    --win-upgrade-uuid $props['windows.upgrade.uuid']
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }

Get-ChildItem $out -Filter '*.msi' | ForEach-Object {
    Write-Host ("msi: {0} ({1:N1} MB)" -f $_.FullName, ($_.Length / 1MB))
}
