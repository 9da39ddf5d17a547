/**
 * What every capability shares: the base entity, translated texts, the clock, paging links.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package be.brussels.international.coordination.shared;

import org.springframework.modulith.ApplicationModule;
