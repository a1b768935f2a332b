/** The manual's demo world and the generator of realistic contacts for benchmarks. */
package org.svyaz.demo;
