@echo off
rem Starts Summit Planner from the jar beside this script, with the class-data archive that "mvn package"
rem made for this JDK (summit-planner.jsa) when there is one. See summit-planner (the shell script).
if exist "%~dp0summit-planner.jsa" (
  java -XX:SharedArchiveFile="%~dp0summit-planner.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off %JAVA_OPTS% -jar "%~dp0summit-planner.jar" %*
) else (
  java %JAVA_OPTS% -jar "%~dp0summit-planner.jar" %*
)
