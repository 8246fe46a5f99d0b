@echo off
setlocal
rem Starts Summit Planner from the jar beside this script, with the class-data archive that "mvn package"
rem made for this JDK (summit-planner.jsa) when there is one; the window (no arguments) with its own archive
rem (summit-planner-window.jsa, decision 0050) when the build made one. See summit-planner (the shell script).
set "SP_JSA=%~dp0summit-planner.jsa"
if "%~1"=="" if exist "%~dp0summit-planner-window.jsa" set "SP_JSA=%~dp0summit-planner-window.jsa"
if exist "%SP_JSA%" (
  java -XX:SharedArchiveFile="%SP_JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off %JAVA_OPTS% -jar "%~dp0summit-planner.jar" %*
) else (
  java %JAVA_OPTS% -jar "%~dp0summit-planner.jar" %*
)
