/** Tests of what operators and newcomers do: configure a plain WildFly with the scripts, run, stop, run again. */
package com.bizosaas.operations;
